package io.dts.core.signing;

import io.dts.core.crypto.Bls;
import io.dts.core.crypto.BlsPublicKey;
import io.dts.core.crypto.BlsSignature;
import io.dts.core.events.EventLog;
import io.dts.core.events.EventType;
import io.dts.persistence.epoch.EpochMember;
import io.dts.persistence.epoch.EpochRepository;
import io.dts.persistence.signing.PartialSignature;
import io.dts.persistence.signing.SigningRepository;
import io.dts.persistence.signing.SigningRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Aggregate mode (DESIGN.md §5): the aggregate is the sum of the partials and verifies with
 * FastAggregateVerify against the participants' public keys.
 */
@ApplicationScoped
public class Aggregation {

    @Inject
    SigningRepository requests;

    @Inject
    EpochRepository epochs;

    @Inject
    EventLog events;

    @Inject
    DecodedPoints points;

    /**
     * Completes {@code request} (locked by the caller) if it has t valid partials: aggregates the
     * first t, verifies the aggregate, stores it with its participants and appends THRESHOLD_REACHED.
     */
    void completeIfThresholdReached(SigningRequest request, long height, long validSinceNanos) {
        if (requests.countPartials(request.getId()) < request.getThreshold()) {
            return;
        }
        List<PartialSignature> partials = requests.partials(request.getId());
        List<PartialSignature> used = partials.subList(0, request.getThreshold());
        Map<String, EpochMember> members = members(request.getEpoch());
        BlsSignature aggregate = Bls.aggregate(used.stream().map(p -> points.signature(p.getSignature())).toList());
        List<BlsPublicKey> keys = used.stream().map(p -> points.key(members.get(p.getSigner()).getPublicKey())).toList();
        if (!Bls.fastAggregateVerify(keys, HexFormat.of().parseHex(request.getMessageHash()), aggregate)) {
            // Every partial verified on arrival, so this cannot happen short of a bug: never store it.
            throw new IllegalStateException("aggregate of verified partials failed to verify for request " + request.getId());
        }
        List<String> participants = used.stream().map(PartialSignature::getSigner).toList();
        boolean completed = requests.complete(request.getId(), aggregate.toHex(),
                bitfield(used.stream().map(p -> members.get(p.getSigner()).getMemberIndex()).toList()), height,
                (System.nanoTime() - validSinceNanos) / 1_000, participants);
        requests.reload(request);
        if (!completed) {
            return; // completed by someone else already (cannot happen under the row lock; never twice)
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("requestId", request.getId());
        data.put("messageHash", request.getMessageHash());
        data.put("aggregateSignature", aggregate.toHex());
        data.put("participants", participants);
        events.append(EventType.THRESHOLD_REACHED, null, data);
    }

    PartialReceipt receipt(SigningRequest request, String signer) {
        boolean complete = RequestStatus.COMPLETE.name().equals(request.getStatus());
        return new PartialReceipt(request.getId(), request.getMessageHash(), signer, request.getStatus(),
                (int) requests.countPartials(request.getId()), request.getThreshold(), request.getAggregateSignature(),
                complete ? requests.partials(request.getId()).stream().filter(PartialSignature::isInAggregate)
                        .map(PartialSignature::getSigner).toList() : List.of());
    }

    SigningRequestView view(SigningRequest request) {
        List<PartialSignature> partials = requests.partials(request.getId());
        return new SigningRequestView(request.getId(), request.getMessageHash(), request.getEpoch(),
                request.getThreshold(), request.getStatus(), request.getRequester(), request.getOpenedHeight(),
                request.getExpiresHeight(),
                partials.stream().map(p -> new SigningRequestView.Partial(p.getSigner(), p.getSignature(), p.getHeight())).toList(),
                request.getAggregateSignature(),
                partials.stream().filter(PartialSignature::isInAggregate).map(PartialSignature::getSigner).toList(),
                request.getParticipantBitfield(), request.getCompletedHeight(), request.getCompletionMicros());
    }

    Map<String, EpochMember> members(long epoch) {
        return epochs.members(epoch).stream()
                .collect(Collectors.toMap(EpochMember::getSigner, Function.identity(), (a, b) -> a));
    }

    /** Bit i (of byte i / 8, least significant first) for each committee index i, as hex. */
    static String bitfield(List<Integer> indices) {
        int max = indices.stream().mapToInt(Integer::intValue).max().orElse(0);
        byte[] bits = new byte[max / 8 + 1];
        for (int index : indices) {
            bits[index / 8] |= (byte) (1 << (index % 8));
        }
        return HexFormat.of().formatHex(bits);
    }
}
