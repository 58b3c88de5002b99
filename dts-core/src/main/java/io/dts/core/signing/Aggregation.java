package io.dts.core.signing;

import io.dts.core.crypto.Bls;
import io.dts.core.crypto.BlsPublicKey;
import io.dts.core.crypto.BlsSignature;
import io.dts.core.crypto.SignatureSet;
import io.dts.core.crypto.Threshold;
import io.dts.core.events.EventLog;
import io.dts.core.events.EventType;
import io.dts.persistence.dkg.DkgParticipant;
import io.dts.persistence.dkg.DkgRepository;
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
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Completing a request. Aggregate mode (DESIGN.md §5): the aggregate is the sum of the partials and
 * verifies with FastAggregateVerify against the participants' public keys. Threshold mode
 * (THRESHOLD.md): any t partials interpolate into one signature under the group key.
 */
@ApplicationScoped
public class Aggregation {

    @Inject
    SigningRepository requests;

    @Inject
    EpochRepository epochs;

    @Inject
    DkgRepository dkg;

    @Inject
    EventLog events;

    @Inject
    DecodedPoints points;

    @Inject
    CompletedParticipants completedParticipants;

    /**
     * A request's first t partials combined, not yet checked: aggregate mode, their sum, checked as
     * FastAggregateVerify under the participants' keys (one set under their summed key); threshold
     * mode, Lagrange interpolation at 0 over their DKG indices, checked as a plain signature under
     * the group key.
     */
    record Combined(SigningRequest request, List<String> participants, Map<String, Integer> indices,
            BlsSignature signature, SignatureSet check) {

        boolean threshold() {
            return request.getGroupPublicKey() != null;
        }
    }

    /** Combines the first t partials of {@code request}; empty while it has fewer. */
    Optional<Combined> combine(SigningRequest request) {
        List<PartialSignature> partials = requests.partials(request.getId());
        if (partials.size() < request.getThreshold()) {
            return Optional.empty();
        }
        List<PartialSignature> used = partials.subList(0, request.getThreshold());
        List<String> participants = used.stream().map(PartialSignature::getSigner).toList();
        byte[] hash = HexFormat.of().parseHex(request.getMessageHash());
        if (request.getGroupPublicKey() != null) {
            Map<String, Integer> receivers = receiverIndices(request.getEpoch());
            Map<Long, BlsSignature> byIndex = new LinkedHashMap<>();
            used.forEach(p -> byIndex.put((long) receivers.get(p.getSigner()), points.signature(p.getSignature())));
            BlsSignature signature = Threshold.combine(byIndex);
            return Optional.of(new Combined(request, participants, receivers, signature,
                    new SignatureSet(points.key(request.getGroupPublicKey()), hash, signature)));
        }
        Map<String, EpochMember> members = members(request.getEpoch());
        Map<String, Integer> indices = members.values().stream()
                .collect(Collectors.toMap(EpochMember::getSigner, EpochMember::getMemberIndex));
        BlsSignature signature = Bls.aggregate(used.stream().map(p -> points.signature(p.getSignature())).toList());
        BlsPublicKey key = BlsPublicKey.aggregate(participants.stream().map(s -> points.key(members.get(s).getPublicKey())).toList());
        return Optional.of(new Combined(request, participants, indices, signature, new SignatureSet(key, hash, signature)));
    }

    /**
     * Checks several combinations at once (one multi-pairing when all hold) and stores each.
     *
     * @param sinceNanos when the threshold-reaching partials were recorded ({@link System#nanoTime}),
     *        or null when unknown: each request's {@code completionMicros} counts from it
     * @return how many of them this call completed
     * @throws IllegalStateException if a combination of verified partials fails its check: never stored
     */
    int verifyAndStore(List<Combined> combined, long height, Long sinceNanos) {
        List<Integer> invalid = Bls.invalidSignatureSets(combined.stream().map(Combined::check).toList());
        if (!invalid.isEmpty()) {
            // Every partial verified on arrival, so this cannot happen short of a bug.
            throw new IllegalStateException("the combination of verified partials failed to verify for request "
                    + combined.get(invalid.get(0)).request().getId());
        }
        int completed = 0;
        for (Combined c : combined) {
            if (store(c, height, sinceNanos)) {
                completed++;
            }
        }
        return completed;
    }

    /**
     * Locks {@code request} and completes it if it is still PENDING with t valid partials, its
     * completion time unknown (a completion made up after it was cut short). @return whether this call did
     */
    boolean completeIfPending(SigningRequest request, long height) {
        requests.lock(request);
        return RequestStatus.PENDING.name().equals(request.getStatus())
                && combine(request).map(c -> verifyAndStore(List.of(c), height, null) == 1).orElse(false);
    }

    /** Stores a checked combination with its participants and appends THRESHOLD_REACHED, if the request is still PENDING. */
    private boolean store(Combined c, long height, Long sinceNanos) {
        SigningRequest request = c.request();
        boolean threshold = c.threshold();
        String signature = c.signature().toHex();
        boolean completed = requests.complete(request.getId(), threshold ? null : signature, threshold ? signature : null,
                bitfield(c.participants().stream().map(c.indices()::get).toList()), height,
                sinceNanos == null ? null : (System.nanoTime() - sinceNanos) / 1_000, c.participants());
        requests.reload(request);
        if (!completed) {
            return false; // completed by someone else already (cannot happen under the row lock; never twice)
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("requestId", request.getId());
        data.put("messageHash", request.getMessageHash());
        data.put(threshold ? "groupSignature" : "aggregateSignature", signature);
        if (threshold) {
            data.put("groupPublicKey", request.getGroupPublicKey());
        }
        data.put("participants", c.participants());
        events.append(EventType.THRESHOLD_REACHED, null, data);
        return true;
    }

    /** Threshold mode: each receiver's 1-based DKG index in the session of {@code epoch}. */
    private Map<String, Integer> receiverIndices(long epoch) {
        return dkg.participants(epoch, DkgParticipant.RECEIVER).stream()
                .collect(Collectors.toMap(DkgParticipant::getSigner, DkgParticipant::getIndex, (a, b) -> a));
    }

    /**
     * {@code signer}'s receipts for the requests {@code requestIds}, by request id, read with at most
     * three queries (participants of a COMPLETE request are read once, see {@link CompletedParticipants}).
     */
    Map<Long, PartialReceipt> receipts(List<Long> requestIds, String signer) {
        List<SigningRequest> found = requests.findAll(requestIds);
        Map<Long, Long> counts = requests.countPartials(requestIds);
        Map<Long, List<String>> participants = completedParticipants.of(found.stream()
                .filter(r -> RequestStatus.COMPLETE.name().equals(r.getStatus())).map(SigningRequest::getId).toList());
        return found.stream().collect(Collectors.toMap(SigningRequest::getId, r -> new PartialReceipt(r.getId(),
                r.getMessageHash(), signer, r.getStatus(), counts.getOrDefault(r.getId(), 0L).intValue(), r.getThreshold(),
                r.getAggregateSignature(), r.getGroupSignature(), participants.getOrDefault(r.getId(), List.of()))));
    }

    SigningRequestView view(SigningRequest request) {
        List<PartialSignature> partials = requests.partials(request.getId());
        return new SigningRequestView(request.getId(), request.getMessageHash(), request.getEpoch(),
                request.getThreshold(), request.getStatus(), request.getRequester(), request.getOpenedHeight(),
                request.getExpiresHeight(),
                partials.stream().map(p -> new SigningRequestView.Partial(p.getSigner(), p.getSignature(), p.getHeight())).toList(),
                request.getAggregateSignature(),
                partials.stream().filter(PartialSignature::isInAggregate).map(PartialSignature::getSigner).toList(),
                request.getParticipantBitfield(), request.getCompletedHeight(), request.getCompletionMicros(),
                request.getGroupSignature(), request.getGroupPublicKey());
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
