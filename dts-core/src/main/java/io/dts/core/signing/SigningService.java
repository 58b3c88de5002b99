package io.dts.core.signing;

import io.dts.core.crypto.BlsException;
import io.dts.core.crypto.BlsSignature;
import io.dts.core.crypto.SignatureSet;
import io.dts.core.error.DtsException;
import io.dts.core.error.ErrorCode;
import io.dts.core.events.EventLog;
import io.dts.core.events.EventType;
import io.dts.core.network.NetworkRules;
import io.dts.core.rewards.Fees;
import io.dts.core.rewards.PartialFeeCharge;
import io.dts.core.rotation.Reputation;
import io.dts.core.signer.Fault;
import io.dts.core.signer.SignerMetricsHistory;
import io.dts.core.signer.SignerStatus;
import io.dts.persistence.epoch.Epoch;
import io.dts.persistence.epoch.EpochMember;
import io.dts.persistence.epoch.EpochRepository;
import io.dts.persistence.network.NetworkState;
import io.dts.persistence.signer.Signer;
import io.dts.persistence.signer.SignerRepository;
import io.dts.persistence.signing.PartialSignature;
import io.dts.persistence.signing.SigningRepository;
import io.dts.persistence.signing.SigningRequest;
import io.dts.core.events.WritesEvents;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.PersistenceException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signing requests and partial signatures. A partial is verified under its sender's registered key
 * on arrival (batched with others arriving at the same time); a bad one is refused and slashed. As
 * soon as t valid partials are in, they are aggregated, the aggregate is verified and stored, and the
 * request is COMPLETE: once, because partials for one request are recorded under its row lock.
 */
@Stateless
@WritesEvents
public class SigningService {

    @Inject
    NetworkRules rules;

    @Inject
    EpochRepository epochs;

    @Inject
    SignerRepository signers;

    @Inject
    SigningRepository requests;

    @Inject
    PartialSignatureVerifier verifier;

    @Inject
    FaultReports faults;

    @Inject
    SignerMetricsHistory history;

    @Inject
    Aggregation aggregation;

    @Inject
    EventLog events;

    @Inject
    DecodedPoints points;

    @Inject
    Fees fees;

    @Inject
    @ConfigProperty(name = "dts.signing.request-lifetime-blocks", defaultValue = "144")
    long lifetimeBlocks;

    /** A request as opened: the request, and whether this call created it (false: it was already open). */
    public record Opened(SigningRequestView request, boolean created) {
    }

    /**
     * Opens a request for a 32-byte message hash, or for a message the network hashes with SHA-256.
     * While a request for the same hash is open, answers with that one.
     */
    public Opened open(String caller, String messageHashHex, String message) {
        rules.requireUnpaused(caller);
        NetworkState state = rules.requireInitialized();
        byte[] hash;
        if (messageHashHex != null && message != null) {
            throw new DtsException(ErrorCode.INVALID_PARAMS, "send either messageHash or message, not both");
        } else if (messageHashHex != null) {
            hash = Hashes.parse(messageHashHex);
        } else if (message != null) {
            hash = Hashes.sha256(message);
        } else {
            throw new DtsException(ErrorCode.INVALID_PARAMS, "messageHash (32 bytes, hex) or message is required");
        }
        String hex = Hashes.hex(hash);
        Optional<SigningRequest> open = requests.findOpen(hex);
        if (open.isPresent()) {
            return new Opened(view(open.get()), false);
        }
        long height = rules.height();
        Epoch epoch = epochs.find(state.getEpoch()).orElseThrow();
        SigningRequest request = new SigningRequest(requests.nextRequestId(), hex, epoch.getNumber(), epoch.getThreshold(),
                RequestStatus.PENDING.name(), caller, height, height + lifetimeBlocks);
        try {
            requests.add(request);
        } catch (PersistenceException e) {
            throw new DtsException(ErrorCode.ALREADY_REGISTERED, "a request for this message hash was opened at the same moment");
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", request.getId());
        data.put("messageHash", hex);
        data.put("epoch", request.getEpoch());
        data.put("threshold", request.getThreshold());
        events.append(EventType.SIGNING_REQUEST_OPENED, caller, data);
        return new Opened(view(request), true);
    }

    /** @throws DtsException 122 for an unknown id */
    public SigningRequestView request(long id) {
        return view(requests.find(id)
                .orElseThrow(() -> new DtsException(ErrorCode.NOT_FOUND, "no signing request " + id)));
    }

    public List<SigningRequestView> list(String status, Long epoch, long after, int limit) {
        if (status != null) {
            try {
                RequestStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                throw new DtsException(ErrorCode.INVALID_PARAMS, "status must be PENDING, COMPLETE or EXPIRED");
            }
        }
        if (after < 0 || limit < 1 || limit > 1000) {
            throw new DtsException(ErrorCode.INVALID_PARAMS, "after must be >= 0 and limit 1..1000");
        }
        return requests.page(status, epoch, after, limit).stream().map(this::view).toList();
    }

    /** The newest requests first, for people watching the network. */
    public List<SigningRequestView> newest(int limit) {
        return requests.newest(Math.max(1, Math.min(limit, 1000))).stream().map(this::view).toList();
    }

    /**
     * What {@code signer} can sign now: PENDING requests of epochs it sat in, not yet signed by it,
     * oldest first (at most {@code limit}). None for a removed signer or a name that is no signer,
     * since {@link #submitPartial} would refuse them anyway.
     */
    public List<SigningRequestView> openRequestsFor(String signer, int limit) {
        boolean maySign = signers.find(signer).map(s -> !SignerStatus.REMOVED.name().equals(s.getStatus())).orElse(false);
        if (!maySign) {
            return List.of();
        }
        return requests.pendingUnsignedBy(signer, Math.max(1, Math.min(limit, 1000))).stream().map(this::view).toList();
    }

    /** A partial signature and whether this call recorded it (false: the signer had sent it before). */
    public record Submitted(PartialReceipt receipt, boolean created) {
    }

    /**
     * Records the caller's partial signature for the request open for {@code messageHashHex} (or, once
     * complete, still records it). Only members of the request's epoch committee may sign; the
     * signature must verify under the caller's own registered key, which binds the partial to its
     * sender: a copy of someone else's partial fails under the copier's key.
     */
    public Submitted submitPartial(String caller, String messageHashHex, String signatureHex) {
        rules.requireUnpaused(caller);
        byte[] hash = Hashes.parse(messageHashHex);
        if (signatureHex == null) {
            throw new DtsException(ErrorCode.INVALID_SIGNATURE_LENGTH, "signature is required (96 bytes, hex)");
        }
        String hashHex = Hashes.hex(hash);
        SigningRequest request = requests.findOpen(hashHex)
                .or(() -> requests.findLatest(hashHex).filter(r -> RequestStatus.COMPLETE.name().equals(r.getStatus())))
                .orElseThrow(() -> new DtsException(ErrorCode.NOT_FOUND, "no open signing request for this message hash"));
        EpochMember member = epochs.member(request.getEpoch(), caller)
                .filter(m -> signers.find(caller).map(s -> !SignerStatus.REMOVED.name().equals(s.getStatus())).orElse(false))
                .orElseThrow(() -> new DtsException(ErrorCode.NOT_ACTIVE_SIGNER,
                        "only members of epoch " + request.getEpoch() + "'s committee sign this request"));
        Optional<PartialSignature> earlier = requests.partial(request.getId(), caller);
        if (earlier.isPresent()) {
            return new Submitted(aggregation.receipt(request, caller), false);
        }

        BlsSignature signature = parseSignature(signatureHex);
        boolean valid = signature != null
                && verifier.verify(new SignatureSet(points.key(member.getPublicKey()), hash, signature));
        if (!valid) {
            String evidence = Json.createObjectBuilder().add("requestId", request.getId()).add("messageHash", hashHex)
                    .add("signature", signatureHex).build().toString();
            faults.slashNow(caller, Fault.INVALID_PARTIAL_SIGNATURE, evidence);
            throw new DtsException(ErrorCode.INVALID_SIGNATURE,
                    "the partial signature does not verify under your registered key; it has been slashed as a fault");
        }

        long validSince = System.nanoTime(); // from here the partial is a valid one: completion time counts from now
        points.remember(signature);
        // The signer's row first: one signer's submissions queue here, not behind the whole committee.
        Signer signer = signers.findForUpdate(caller).orElseThrow();
        if (requests.partial(request.getId(), caller).isPresent()) {
            return new Submitted(aggregation.receipt(request, caller), false); // the same signer, twice at once
        }
        long height = rules.height();
        countSignature(signer, request, height);
        // Then the request's row, before the partial's insert: on PostgreSQL that insert share-locks
        // the request (foreign key) and completing it updates a unique column, so an insert made
        // outside this lock could deadlock with the completion. Whoever takes the lock last sees every
        // partial of those before it: reaching the threshold is never missed, nor counted twice.
        requests.lock(request);
        requests.addPartial(new PartialSignature(request.getId(), caller, signature.toHex(), height));
        PartialFeeCharge fee = fees.chargePartial(signer);
        events.append(EventType.PARTIAL_SIGNATURE_ACCEPTED, caller,
                Map.of("requestId", request.getId(), "signer", caller, "fee", fee.total()));
        if (RequestStatus.PENDING.name().equals(request.getStatus())) {
            aggregation.completeIfThresholdReached(request, height, validSince);
        }
        return new Submitted(aggregation.receipt(request, caller), true);
    }

    /** An accepted partial counts like a report with validSignatures 1 (DESIGN.md §4.1). */
    private void countSignature(Signer signer, SigningRequest request, long height) {
        signer.setTotalSignatures(signer.getTotalSignatures() + 1);
        signer.setValidSignatures(signer.getValidSignatures() + 1);
        signer.setAccuracy(Reputation.accuracy(signer.getValidSignatures(), signer.getTotalSignatures()));
        signer.setSigningSpeed(signingSpeed(height - request.getOpenedHeight()));
        signer.setLastActive(height);
        history.recordSignature(signer, rules.currentEpoch(), height);
    }

    /** 100 when signed in the block the request opened, 10 less for each block after, never below 0. */
    static int signingSpeed(long blocksAfterOpening) {
        return (int) Math.max(0, 100 - 10 * Math.max(0, blocksAfterOpening));
    }

    private static BlsSignature parseSignature(String hex) {
        try {
            return BlsSignature.fromHex(hex);
        } catch (BlsException e) {
            if (e.reason() == BlsException.Reason.WRONG_LENGTH) {
                throw new DtsException(ErrorCode.INVALID_SIGNATURE_LENGTH, "signature must be 96 bytes (192 hex characters)");
            }
            return null; // 96 bytes that are no signature at all: fails verification, a fault like any other
        }
    }

    SigningRequestView view(SigningRequest request) {
        return aggregation.view(request);
    }
}
