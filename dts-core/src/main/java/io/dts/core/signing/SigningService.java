package io.dts.core.signing;

import io.dts.core.error.DtsException;
import io.dts.core.error.ErrorCode;
import io.dts.core.events.EventLog;
import io.dts.core.events.EventType;
import io.dts.core.events.WritesEvents;
import io.dts.core.network.NetworkRules;
import io.dts.core.network.SigningMode;
import io.dts.core.signer.SignerStatus;
import io.dts.core.signing.PartialIntake.Taken;
import io.dts.persistence.dkg.DkgRepository;
import io.dts.persistence.dkg.DkgSessionRecord;
import io.dts.persistence.epoch.Epoch;
import io.dts.persistence.epoch.EpochRepository;
import io.dts.persistence.network.NetworkState;
import io.dts.persistence.signer.SignerRepository;
import io.dts.persistence.signing.SigningRepository;
import io.dts.persistence.signing.SigningRequest;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
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
 * request is COMPLETE: once, because only the completer that finds it PENDING under its row lock
 * completes it.
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
    PartialIntake intake;

    @Inject
    RequestCompletion completion;

    @Inject
    IntakeAdmission admission;

    @Inject
    Aggregation aggregation;

    @Inject
    EventLog events;

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

    /** The most partials one call may carry: a batch is verified together and recorded in one transaction. */
    public static final int MAX_BATCH = 256;

    /**
     * Records the caller's partial signature for the request open for {@code messageHashHex} (or, once
     * complete, still records it). Only members of the request's epoch committee may sign; the
     * signature must verify under the caller's own registered key, which binds the partial to its
     * sender: a copy of someone else's partial fails under the copier's key.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
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
     * and sends one call; the network verifies them in one batch and records them in one transaction
     * ({@link PartialIntake}), then, in one short transaction of its own, completes the requests that
     * reached their threshold and reads the answers ({@link RequestCompletion}).
     *
     * @throws DtsException 108 for an empty batch or one over {@link #MAX_BATCH}; 118 while paused
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<Outcome> submitPartials(String caller, List<PartialInput> partials) {
        List<Taken> taken = admission.admit(() -> intake.take(caller, partials));
        long recordedAt = System.nanoTime(); // committed: the network holds these partials from now
        try {
            return completion.completeAndAnswer(caller, taken, recordedAt);
        } catch (RuntimeException e) { // the partials are in; their requests are completed at the next block
            RequestCompletion.owe(taken, e);
            return completion.answer(caller, taken);
        }
    }

    SigningRequestView view(SigningRequest request) {
        return aggregation.view(request);
    }
}
