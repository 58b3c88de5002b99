package io.dts.core.signing;

import io.dts.core.crypto.BlsException;
import io.dts.core.crypto.BlsSignature;
import io.dts.core.crypto.SignatureSet;
import io.dts.core.error.DtsException;
import io.dts.core.error.ErrorCode;
import io.dts.core.events.EventLog;
import io.dts.core.events.EventType;
import io.dts.core.events.WritesEvents;
import io.dts.core.network.NetworkRules;
import io.dts.core.rewards.Fees;
import io.dts.core.rewards.PartialFeeCharge;
import io.dts.core.rotation.Reputation;
import io.dts.core.signer.Fault;
import io.dts.core.signer.SignerMetricsHistory;
import io.dts.core.signer.SignerStatus;
import io.dts.core.signing.SigningService.PartialInput;
import io.dts.persistence.dkg.DkgParticipant;
import io.dts.persistence.dkg.DkgRepository;
import io.dts.persistence.epoch.EpochMember;
import io.dts.persistence.epoch.EpochRepository;
import io.dts.persistence.signer.Signer;
import io.dts.persistence.signer.SignerRepository;
import io.dts.persistence.signing.PartialSignature;
import io.dts.persistence.signing.SigningRepository;
import io.dts.persistence.signing.SigningRequest;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Takes in a call's partial signatures: checks each, verifies them as one batch, slashes the invalid
 * ones and records the valid ones in one transaction. It does not complete requests: that is
 * {@link RequestCompletion}'s, right after this transaction has committed, so that no request row is
 * held while partials are recorded and the partials of many signers for one request go in side by side.
 */
@Stateless
@WritesEvents
public class PartialIntake {

    /** One partial of a call after intake: its request and whether this call recorded it, or why it was refused. */
    public record Taken(long requestId, boolean created, DtsException refused) {

        static Taken refused(DtsException e) {
            return new Taken(0, false, e);
        }
    }

    /** A partial that passed every check but the signature's: its request, and what it claims. */
    private record Candidate(int position, SigningRequest request, String keyHex, byte[] hash, String signatureHex,
            BlsSignature signature) {
    }

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
    EventLog events;

    @Inject
    DecodedPoints points;

    @Inject
    Fees fees;

    @Inject
    DkgRepository dkg;

    /**
     * Checks, verifies and records the caller's partials (see {@link SigningService#submitPartials}).
     *
     * @throws DtsException 108 for an empty batch or one over {@link SigningService#MAX_BATCH}; 118 while paused
     */
    public List<Taken> take(String caller, List<PartialInput> partials) {
        if (partials == null || partials.isEmpty() || partials.size() > SigningService.MAX_BATCH) {
            throw new DtsException(ErrorCode.INVALID_PARAMS, "send 1 to " + SigningService.MAX_BATCH + " partial signatures");
        }
        rules.requireUnpaused(caller);
        Taken[] taken = new Taken[partials.size()];
        boolean maySign = signers.find(caller).map(s -> !SignerStatus.REMOVED.name().equals(s.getStatus())).orElse(false);
        Map<String, SigningRequest> byHash = requestsFor(partials);
        Map<String, Optional<String>> membership = new HashMap<>();
        List<Candidate> checked = new ArrayList<>();
        for (int i = 0; i < partials.size(); i++) {
            try {
                PartialInput input = partials.get(i);
                if (input == null) {
                    throw new DtsException(ErrorCode.INVALID_PARAMS, "each partial is {messageHash, signature}");
                }
                checked.add(check(caller, i, input, maySign, byHash, membership));
            } catch (DtsException e) {
                taken[i] = Taken.refused(e);
            }
        }
        Set<Long> signed = requests.signedAmong(caller, checked.stream().map(c -> c.request().getId()).toList());
        Set<Long> inThisBatch = new HashSet<>();
        List<Candidate> candidates = new ArrayList<>();
        for (Candidate candidate : checked) {
            long requestId = candidate.request().getId();
            if (signed.contains(requestId) || !inThisBatch.add(requestId)) {
                taken[candidate.position()] = new Taken(requestId, false, null);
            } else {
                candidates.add(candidate);
            }
        }
        List<Candidate> valid = verified(caller, candidates, taken);
        if (!valid.isEmpty()) {
            record(caller, valid, taken);
        }
        return List.of(taken);
    }

    /**
     * The request each well-formed message hash of the call refers to, in two queries for the whole
     * call: its open request, or else its newest one if that is COMPLETE (a late partial is answered
     * with the result). Hashes with neither are absent.
     */
    private Map<String, SigningRequest> requestsFor(List<PartialInput> partials) {
        Set<String> hashes = new HashSet<>();
        for (PartialInput input : partials) {
            try {
                if (input != null) {
                    hashes.add(Hashes.hex(Hashes.parse(input.messageHash())));
                }
            } catch (DtsException e) {
                // refused with its code when the partial is checked
            }
        }
        Map<String, SigningRequest> found = new HashMap<>(requests.findOpen(hashes));
        hashes.removeAll(found.keySet());
        requests.findLatest(hashes).values().stream()
                .filter(r -> RequestStatus.COMPLETE.name().equals(r.getStatus()))
                .forEach(r -> found.put(r.getMessageHash(), r));
        return found;
    }

    /** Every check of one partial that needs no signature verification. */
    private Candidate check(String caller, int position, PartialInput input, boolean maySign,
            Map<String, SigningRequest> byHash, Map<String, Optional<String>> membership) {
        byte[] hash = Hashes.parse(input.messageHash());
        if (input.signature() == null) {
            throw new DtsException(ErrorCode.INVALID_SIGNATURE_LENGTH, "signature is required (96 bytes, hex)");
        }
        SigningRequest request = byHash.get(Hashes.hex(hash));
        if (request == null) {
            throw new DtsException(ErrorCode.NOT_FOUND, "no open signing request for this message hash");
        }
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
    private List<Candidate> verified(String caller, List<Candidate> candidates, Taken[] taken) {
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
            taken[candidate.position()] = Taken.refused(new DtsException(ErrorCode.INVALID_SIGNATURE,
                    "the partial signature does not verify under your registered key; it has been slashed as a fault"));
        }
        return valid;
    }

    /**
     * Records verified partials. Locks the signer's row first (one signer's submissions queue here,
     * and the same partial sent twice at once is recorded once), then the fee's rows, and the event
     * log last. Request rows are not locked: inserting a partial only reads its request, so the
     * partials of a whole committee for one request are recorded side by side, and whoever commits
     * last sees them all when {@link RequestCompletion} counts after the commit.
     */
    private void record(String caller, List<Candidate> valid, Taken[] taken) {
        Signer signer = signers.findForUpdate(caller).orElseThrow();
        long height = rules.height();
        List<Candidate> fresh = new ArrayList<>();
        List<PartialSignature> rows = new ArrayList<>();
        Set<Long> signed = requests.signedAmong(caller, valid.stream().map(c -> c.request().getId()).toList());
        for (Candidate candidate : valid.stream().sorted(Comparator.comparingLong(c -> c.request().getId())).toList()) {
            SigningRequest request = candidate.request();
            if (signed.contains(request.getId())) { // the same signer, twice at once
                taken[candidate.position()] = new Taken(request.getId(), false, null);
                continue;
            }
            points.remember(candidate.signature());
            countSignature(signer, request, height);
            rows.add(new PartialSignature(request.getId(), caller, candidate.signature().toHex(), height));
            fresh.add(candidate);
        }
        if (fresh.isEmpty()) {
            return;
        }
        requests.addPartials(rows);
        history.recordSignature(signer, rules.currentEpoch(), height);
        List<PartialFeeCharge> charges = fees.chargePartials(signer, fresh.size());
        for (int i = 0; i < fresh.size(); i++) {
            long requestId = fresh.get(i).request().getId();
            events.append(EventType.PARTIAL_SIGNATURE_ACCEPTED, caller,
                    Map.of("requestId", requestId, "signer", caller, "fee", charges.get(i).total()), height);
            taken[fresh.get(i).position()] = new Taken(requestId, true, null);
        }
    }

    /** An accepted partial counts like a report with validSignatures 1 (DESIGN.md §4.1); its history is written once per call. */
    private void countSignature(Signer signer, SigningRequest request, long height) {
        signer.setTotalSignatures(signer.getTotalSignatures() + 1);
        signer.setValidSignatures(signer.getValidSignatures() + 1);
        signer.setAccuracy(Reputation.accuracy(signer.getValidSignatures(), signer.getTotalSignatures()));
        signer.setSigningSpeed(signingSpeed(height - request.getOpenedHeight()));
        signer.setLastActive(height);
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
}
