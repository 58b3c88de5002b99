package io.dts.core.signing;

import io.dts.core.crypto.BlsException;
import io.dts.core.crypto.BlsSignature;
import io.dts.core.crypto.SignatureSet;
import io.dts.core.error.DtsException;
import io.dts.core.error.ErrorCode;
import io.dts.core.events.EventLog;
import io.dts.core.events.EventType;
import io.dts.core.network.NetworkRules;
import io.dts.core.network.SigningMode;
import io.dts.core.rewards.Fees;
import io.dts.core.rewards.PartialFeeCharge;
import io.dts.core.rotation.Reputation;
import io.dts.core.signer.Fault;
import io.dts.core.signer.SignerMetricsHistory;
import io.dts.core.signer.SignerStatus;
import io.dts.persistence.dkg.DkgParticipant;
import io.dts.persistence.dkg.DkgRepository;
import io.dts.persistence.dkg.DkgSessionRecord;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    DkgRepository dkg;

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
        SigningRequest request;
        if (SigningMode.THRESHOLD.name().equals(state.getSigningMode())) {
            // The newest epoch whose DKG completed signs, while a newer session may still be running.
            DkgSessionRecord session = dkg.newestComplete(state.getEpoch()).orElseThrow(() -> new DtsException(
                    ErrorCode.DKG_NO_GROUP_KEY, "threshold mode has no group key yet: no DKG session has completed"));
            request = new SigningRequest(requests.nextRequestId(), hex, session.getEpoch(), session.getThreshold(),
                    RequestStatus.PENDING.name(), caller, height, height + lifetimeBlocks);
            request.setGroupPublicKey(session.getGroupPublicKey());
        } else {
            Epoch epoch = epochs.find(state.getEpoch()).orElseThrow();
            request = new SigningRequest(requests.nextRequestId(), hex, epoch.getNumber(), epoch.getThreshold(),
                    RequestStatus.PENDING.name(), caller, height, height + lifetimeBlocks);
        }
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
        data.put("groupPublicKey", request.getGroupPublicKey());
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

    /** One partial signature as a signer sends it: hex message hash and hex signature. */
    public record PartialInput(String messageHash, String signature) {
    }

    /** What became of one partial of a batch: recorded (or recorded before), or refused with a DTS error. */
    public record Outcome(Submitted submitted, DtsException refused) {
    }

    /** The most partials one call may carry: a batch is one transaction holding its requests' row locks. */
    public static final int MAX_BATCH = 256;

    /** A partial that passed every check but the signature's: its request, and what it claims. */
    private record Candidate(int position, SigningRequest request, String keyHex, byte[] hash, String signatureHex,
            BlsSignature signature) {
    }

    /**
     * Records the caller's partial signature for the request open for {@code messageHashHex} (or, once
     * complete, still records it). Only members of the request's epoch committee may sign; the
     * signature must verify under the caller's own registered key, which binds the partial to its
     * sender: a copy of someone else's partial fails under the copier's key.
     */
    public Submitted submitPartial(String caller, String messageHashHex, String signatureHex) {
        Outcome outcome = submitPartials(caller, List.of(new PartialInput(messageHashHex, signatureHex))).get(0);
        if (outcome.refused() != null) {
            throw outcome.refused();
        }
        return outcome.submitted();
    }

    /**
     * Records several partial signatures of the caller at once, each checked exactly as
     * {@link #submitPartial} checks one and answered on its own: a refused partial (slashed when its
     * signature is invalid) does not stop the others. A signer with many open requests signs them all
     * and sends one call; the network verifies them in one batch and records them in one transaction.
     *
     * @throws DtsException 108 for an empty batch or one over {@link #MAX_BATCH}; 118 while paused
     */
    public List<Outcome> submitPartials(String caller, List<PartialInput> partials) {
        if (partials == null || partials.isEmpty() || partials.size() > MAX_BATCH) {
            throw new DtsException(ErrorCode.INVALID_PARAMS, "send 1 to " + MAX_BATCH + " partial signatures");
        }
        rules.requireUnpaused(caller);
        Outcome[] outcomes = new Outcome[partials.size()];
        boolean maySign = signers.find(caller).map(s -> !SignerStatus.REMOVED.name().equals(s.getStatus())).orElse(false);
        Map<String, Optional<String>> membership = new HashMap<>();
        Set<Long> inThisBatch = new HashSet<>();
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < partials.size(); i++) {
            try {
                PartialInput input = partials.get(i);
                if (input == null) {
                    throw new DtsException(ErrorCode.INVALID_PARAMS, "each partial is {messageHash, signature}");
                }
                Candidate candidate = check(caller, i, input, maySign, membership);
                if (requests.partial(candidate.request().getId(), caller).isPresent()
                        || !inThisBatch.add(candidate.request().getId())) {
                    outcomes[i] = new Outcome(new Submitted(aggregation.receipt(candidate.request(), caller), false), null);
                } else {
                    candidates.add(candidate);
                }
            } catch (DtsException e) {
                outcomes[i] = new Outcome(null, e);
            }
        }
        List<Candidate> valid = verified(caller, candidates, outcomes);
        if (!valid.isEmpty()) {
            record(caller, valid, outcomes);
        }
        return List.of(outcomes);
    }

    /** Every check of one partial that needs no signature verification. */
    private Candidate check(String caller, int position, PartialInput input, boolean maySign,
            Map<String, Optional<String>> membership) {
        byte[] hash = Hashes.parse(input.messageHash());
        if (input.signature() == null) {
            throw new DtsException(ErrorCode.INVALID_SIGNATURE_LENGTH, "signature is required (96 bytes, hex)");
        }
        String hashHex = Hashes.hex(hash);
        SigningRequest request = requests.findOpen(hashHex)
                .or(() -> requests.findLatest(hashHex).filter(r -> RequestStatus.COMPLETE.name().equals(r.getStatus())))
                .orElseThrow(() -> new DtsException(ErrorCode.NOT_FOUND, "no open signing request for this message hash"));
        String key = membership.computeIfAbsent(request.getEpoch() + (request.getGroupPublicKey() == null ? "" : "T"),
                        k -> signingKey(request, caller))
                .filter(m -> maySign)
                .orElseThrow(() -> new DtsException(ErrorCode.NOT_ACTIVE_SIGNER,
                        "only members of epoch " + request.getEpoch() + "'s committee sign this request"));
        return new Candidate(position, request, key, hash, input.signature(), parseSignature(input.signature()));
    }

    /**
     * The key the caller's partial for {@code request} verifies under: its registered key (aggregate
     * mode), or its public share of the request's DKG session (threshold mode); none for a non-member.
     */
    private Optional<String> signingKey(SigningRequest request, String caller) {
        if (request.getGroupPublicKey() != null) {
            return dkg.participant(request.getEpoch(), DkgParticipant.RECEIVER, caller).map(DkgParticipant::getPublicShare);
        }
        return epochs.member(request.getEpoch(), caller).map(EpochMember::getPublicKey);
    }

    /**
     * The candidates whose signature verifies under the sender's key, verified together. Each of the
     * others is refused (103) and slashed as a fault, with the partial as evidence.
     */
    private List<Candidate> verified(String caller, List<Candidate> candidates, Outcome[] outcomes) {
        List<Candidate> decodable = candidates.stream().filter(c -> c.signature() != null).toList();
        List<Boolean> verdicts = verifier.verifyAll(decodable.stream()
                .map(c -> new SignatureSet(points.key(c.keyHex()), c.hash(), c.signature())).toList());
        List<Candidate> valid = new ArrayList<>();
        for (Candidate candidate : candidates) {
            int at = decodable.indexOf(candidate);
            if (at >= 0 && verdicts.get(at)) {
                valid.add(candidate);
                continue;
            }
            String evidence = Json.createObjectBuilder().add("requestId", candidate.request().getId())
                    .add("messageHash", Hashes.hex(candidate.hash())).add("signature", candidate.signatureHex()).build().toString();
            faults.slashNow(caller, Fault.INVALID_PARTIAL_SIGNATURE, evidence);
            outcomes[candidate.position()] = new Outcome(null, new DtsException(ErrorCode.INVALID_SIGNATURE,
                    "the partial signature does not verify under your registered key; it has been slashed as a fault"));
        }
        return valid;
    }

    /**
     * Records verified partials. Locks in one order for everyone: the signer's row (one signer's
     * submissions queue here, not behind the whole committee), then the requests' rows by id, then
     * the fee's rows, and the event log last. The request's row is locked before the partial's insert:
     * on PostgreSQL that insert share-locks the request (foreign key) and completing it updates a
     * unique column, so an insert made outside this lock could deadlock with the completion. Whoever
     * takes the lock last sees every partial of those before it: reaching the threshold is never
     * missed, nor counted twice.
     */
    private void record(String caller, List<Candidate> valid, Outcome[] outcomes) {
        long validSince = System.nanoTime(); // from here the partials are valid ones: completion time counts from now
        Signer signer = signers.findForUpdate(caller).orElseThrow();
        long height = rules.height();
        List<Candidate> fresh = new ArrayList<>();
        for (Candidate candidate : valid.stream().sorted(Comparator.comparingLong(c -> c.request().getId())).toList()) {
            SigningRequest request = candidate.request();
            if (requests.partial(request.getId(), caller).isPresent()) { // the same signer, twice at once
                outcomes[candidate.position()] = new Outcome(new Submitted(aggregation.receipt(request, caller), false), null);
                continue;
            }
            points.remember(candidate.signature());
            countSignature(signer, request, height);
            requests.lock(request);
            requests.addPartial(new PartialSignature(request.getId(), caller, candidate.signature().toHex(), height));
            fresh.add(candidate);
        }
        List<PartialFeeCharge> charges = fees.chargePartials(signer, fresh.size());
        for (int i = 0; i < fresh.size(); i++) {
            SigningRequest request = fresh.get(i).request();
            events.append(EventType.PARTIAL_SIGNATURE_ACCEPTED, caller,
                    Map.of("requestId", request.getId(), "signer", caller, "fee", charges.get(i).total()));
            if (RequestStatus.PENDING.name().equals(request.getStatus())) {
                aggregation.completeIfThresholdReached(request, height, validSince);
            }
            outcomes[fresh.get(i).position()] = new Outcome(new Submitted(aggregation.receipt(request, caller), true), null);
        }
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
