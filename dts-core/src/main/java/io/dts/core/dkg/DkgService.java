package io.dts.core.dkg;

import io.dts.core.crypto.BlsException;
import io.dts.core.crypto.BlsPublicKey;
import io.dts.core.crypto.dkg.Complaint;
import io.dts.core.crypto.dkg.ComplaintVerdict;
import io.dts.core.crypto.dkg.DealBundle;
import io.dts.core.crypto.dkg.DealCheck;
import io.dts.core.crypto.dkg.DkgKind;
import io.dts.core.crypto.dkg.Receiver;
import io.dts.core.crypto.dkg.VerifiedDeal;
import io.dts.core.error.DtsException;
import io.dts.core.error.ErrorCode;
import io.dts.core.events.EventLog;
import io.dts.core.events.EventType;
import io.dts.core.events.WritesEvents;
import io.dts.core.network.NetworkParams;
import io.dts.core.network.NetworkRules;
import io.dts.core.network.NetworkService;
import io.dts.core.network.NetworkStatus;
import io.dts.core.network.SigningMode;
import io.dts.core.signer.Fault;
import io.dts.core.signer.SlashingService;
import io.dts.persistence.dkg.DkgComplaint;
import io.dts.persistence.dkg.DkgDeal;
import io.dts.persistence.dkg.DkgParticipant;
import io.dts.persistence.dkg.DkgRepository;
import io.dts.persistence.dkg.DkgSessionRecord;
import io.dts.persistence.epoch.EpochMember;
import io.dts.persistence.epoch.EpochRepository;
import io.dts.persistence.network.NetworkRepository;
import io.dts.persistence.network.NetworkState;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * DKG sessions (THRESHOLD.md): opened after the rotation that starts an epoch in threshold mode,
 * moved through their windows by the block timer (and by any deal or complaint that arrives after a
 * window has passed), and finalized once. Every move goes through the pure {@link DkgSession} under
 * the session's row lock, so two instances never move one session twice.
 */
@Stateless
@WritesEvents
public class DkgService {

    private static final HexFormat HEX = HexFormat.of();

    @Inject
    DkgRepository dkg;

    @Inject
    DkgRecords records;

    @Inject
    DkgFinalizer finalizer;

    @Inject
    EpochRepository epochs;

    @Inject
    NetworkRepository network;

    @Inject
    NetworkRules rules;

    @Inject
    NetworkService networkService;

    @Inject
    SlashingService slashing;

    @Inject
    EventLog events;

    /**
     * The owner sets the signing mode and the DKG window. Switching to THRESHOLD opens the current
     * epoch's session at once when it has a committee (else the next rotation opens one): a reshare
     * of the last group key, or with {@code newGroupKey} a fresh DKG and so a new key (for when too
     * few holders of the old key remain). Requests are signed in threshold mode once a session has
     * completed.
     *
     * @throws DtsException 100 not the owner, 101 an unknown mode or a window below 1 block
     */
    public NetworkStatus setSigningMode(String caller, String mode, Long phaseBlocks, boolean newGroupKey) {
        rules.requireOwner(caller);
        NetworkParams current = networkService.currentParams();
        SigningMode next = SigningMode.named(mode, current.signingMode());
        NetworkParams changed = current.withSigning(next, phaseBlocks == null ? current.dkgPhaseBlocks() : phaseBlocks);
        NetworkState state = network.stateForUpdate();
        state.setSigningMode(changed.signingMode().name());
        state.setDkgPhaseBlocks(changed.dkgPhaseBlocks());
        events.append(EventType.SIGNING_MODE_CHANGED, caller,
                Map.of("signingMode", changed.signingMode().name(), "dkgPhaseBlocks", changed.dkgPhaseBlocks()));
        if (next == SigningMode.THRESHOLD && !epochs.members(state.getEpoch()).isEmpty()) {
            open(state.getEpoch(), rules.height(), newGroupKey);
        }
        return networkService.status();
    }

    /**
     * Opens epoch {@code epoch}'s session in threshold mode, unless it has one: fresh while no session
     * has completed, else a reshare by the members of the newest completed one. Idempotent.
     */
    public void openSession(long epoch, long height) {
        open(epoch, height, false);
    }

    private void open(long epoch, long height, boolean fresh) {
        NetworkState state = network.state();
        if (!SigningMode.THRESHOLD.name().equals(state.getSigningMode()) || dkg.find(epoch).isPresent()) {
            return;
        }
        List<EpochMember> committee = epochs.members(epoch).stream().filter(m -> m.getLeftHeight() == null)
                .sorted(Comparator.comparingInt(EpochMember::getMemberIndex)).toList();
        int threshold = epochs.find(epoch).orElseThrow().getThreshold();
        Optional<DkgSessionRecord> previous = fresh ? Optional.empty() : dkg.newestComplete(epoch - 1);
        DkgKind kind = previous.isPresent() ? DkgKind.RESHARE : DkgKind.FRESH;
        List<DkgParticipant> participants = new ArrayList<>();
        for (int i = 0; i < committee.size(); i++) {
            EpochMember member = committee.get(i);
            participants.add(new DkgParticipant(epoch, DkgParticipant.RECEIVER, i + 1, member.getSigner(), member.getPublicKey(), null));
            if (kind == DkgKind.FRESH) {
                participants.add(new DkgParticipant(epoch, DkgParticipant.DEALER, i + 1, member.getSigner(), member.getPublicKey(), null));
            }
        }
        if (kind == DkgKind.RESHARE) {
            for (DkgParticipant old : dkg.participants(previous.get().getEpoch(), DkgParticipant.RECEIVER)) {
                participants.add(new DkgParticipant(epoch, DkgParticipant.DEALER, old.getIndex(), old.getSigner(),
                        old.getPublicKey(), old.getPublicShare()));
            }
        }
        DkgSessionRecord session = new DkgSessionRecord(epoch, kind.name(), threshold,
                previous.map(DkgSessionRecord::getThreshold).orElse(0), previous.map(DkgSessionRecord::getEpoch).orElse(null),
                DkgPhase.DEAL.name(), height, state.getDkgPhaseBlocks(), previous.map(DkgSessionRecord::getGroupPublicKey).orElse(null));
        try {
            dkg.add(session, participants);
        } catch (PersistenceException e) {
            throw new IllegalStateException("epoch " + epoch + "'s DKG session was opened at the same moment elsewhere", e);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("epoch", epoch);
        data.put("kind", kind.name());
        data.put("threshold", threshold);
        data.put("receivers", committee.size());
        data.put("dealEndHeight", height + state.getDkgPhaseBlocks());
        events.append(EventType.DKG_SESSION_OPENED, null, data);
        if (committee.size() < threshold) {
            finalizer.fail(session, height, "the committee of " + committee.size() + " is smaller than the threshold " + threshold);
        }
    }

    /** Called by the timer: moves every running session whose window has passed. */
    public void advanceRunning() {
        long height = rules.height();
        for (long epoch : dkg.running()) {
            dkg.findForUpdate(epoch).ifPresent(session -> advance(session, height));
        }
    }

    /**
     * Records dealer's bundle after every public check of THRESHOLD.md "Deal".
     *
     * @throws DtsException 122 unknown session, 129 not this dealer, 128 outside the deal window,
     *     131 dealt before, 130 a bundle that fails a check (the message names it), 118 paused
     */
    public DealView submitDeal(String caller, long epoch, DkgRecords.DealInput input) {
        rules.requireUnpaused(caller);
        DkgSessionRecord record = locked(epoch);
        long height = rules.height();
        DkgSession session = advance(record, height);
        DkgParticipant dealer = dkg.participant(epoch, DkgParticipant.DEALER, caller)
                .orElseThrow(() -> new DtsException(ErrorCode.DKG_NOT_A_PARTICIPANT, caller + " is no dealer of epoch " + epoch + "'s session"));
        if (input == null || input.dealerIndex() == null || input.dealerIndex() != dealer.getIndex()) {
            throw new DtsException(ErrorCode.DKG_NOT_A_PARTICIPANT, caller + " deals as dealer " + dealer.getIndex());
        }
        DkgStep step = session.postDeal(dealer.getIndex(), height);
        refuseUnless(step, epoch);
        DealBundle bundle = DkgRecords.bundle(epoch, record.getThreshold(), input);
        DealCheck.Verdict verdict = DealCheck.check(bundle, records.expectation(record, dealer));
        if (!verdict.accepted()) {
            throw new DtsException(ErrorCode.DKG_INVALID_DEAL, "the deal bundle is refused: " + verdict.fault());
        }
        DkgDeal row = DkgRecords.row(bundle, height);
        dkg.addDeal(row);
        events.append(EventType.DKG_DEAL_ACCEPTED, caller, Map.of("epoch", epoch, "dealerIndex", dealer.getIndex()));
        return DealView.of(row);
    }

    /**
     * Records receiver's complaint about a dealer's share, with its verdict; the party at fault is
     * slashed at once with the complaint as evidence.
     *
     * @throws DtsException 122 unknown session or no bundle from that dealer, 129 not this receiver,
     *     128 outside the complaint window, 131 complained before, 132 malformed or unproven, 118 paused
     */
    public ComplaintView submitComplaint(String caller, long epoch, DkgRecords.ComplaintInput input) {
        rules.requireUnpaused(caller);
        DkgSessionRecord record = locked(epoch);
        long height = rules.height();
        DkgSession session = advance(record, height);
        DkgParticipant receiver = dkg.participant(epoch, DkgParticipant.RECEIVER, caller)
                .orElseThrow(() -> new DtsException(ErrorCode.DKG_NOT_A_PARTICIPANT, caller + " is no receiver of epoch " + epoch + "'s session"));
        if (input == null || input.dealerIndex() == null || input.receiverIndex() == null
                || input.receiverIndex() != receiver.getIndex()) {
            throw new DtsException(ErrorCode.DKG_NOT_A_PARTICIPANT, caller + " complains as receiver " + receiver.getIndex());
        }
        DkgStep step = session.postComplaint(input.dealerIndex(), receiver.getIndex(), height);
        refuseUnless(step, epoch);
        Complaint complaint = complaint(input);
        DkgDeal deal = dkg.deals(epoch).stream().filter(d -> d.getDealerIndex() == input.dealerIndex()).findFirst().orElseThrow();
        VerifiedDeal verified = finalizer.verified(record, deal);
        ComplaintVerdict verdict = Receiver.adjudicate(complaint, BlsPublicKey.fromHex(receiver.getPublicKey()), verified);
        if (verdict == ComplaintVerdict.INVALID_PROOF) {
            throw new DtsException(ErrorCode.DKG_INVALID_COMPLAINT, "the proof does not show that sharedKey is your key times the ephemeral key");
        }
        DkgComplaint row = new DkgComplaint(epoch, input.dealerIndex(), receiver.getIndex(), input.sharedKey(), input.proof(),
                verdict.name(), height);
        dkg.addComplaint(row);
        String evidence = Json.createObjectBuilder().add("epoch", epoch).add("dealerIndex", input.dealerIndex())
                .add("receiverIndex", receiver.getIndex()).add("sharedKey", input.sharedKey()).add("proof", input.proof())
                .add("verdict", verdict.name()).build().toString();
        if (verdict == ComplaintVerdict.VALID) {
            String dealer = dkg.participants(epoch, DkgParticipant.DEALER).stream()
                    .filter(p -> p.getIndex() == input.dealerIndex()).findFirst().orElseThrow().getSigner();
            slashing.slashForFault(dealer, Fault.DKG_BAD_DEAL, evidence);
        } else {
            slashing.slashForFault(caller, Fault.DKG_FALSE_COMPLAINT, evidence);
        }
        events.append(EventType.DKG_COMPLAINT_FILED, caller, Map.of("epoch", epoch, "dealerIndex", input.dealerIndex(),
                "receiverIndex", receiver.getIndex(), "verdict", verdict.name()));
        return ComplaintView.of(row);
    }

    /** Applies the moves that time alone makes due: closing the deal window, finalizing. */
    private DkgSession advance(DkgSessionRecord record, long height) {
        DkgSession session = records.session(record);
        if (session.phase() == DkgPhase.DEAL && height >= session.dealEndHeight()) {
            session = session.closeDeals(height).orElseThrow();
            record.setPhase(DkgPhase.COMPLAIN.name());
        }
        if (session.phase() == DkgPhase.COMPLAIN && height >= session.complaintEndHeight()) {
            session = finalizer.finalizeSession(record, session, height);
        }
        return session;
    }

    private DkgSessionRecord locked(long epoch) {
        return dkg.findForUpdate(epoch)
                .orElseThrow(() -> new DtsException(ErrorCode.NOT_FOUND, "epoch " + epoch + " has no DKG session"));
    }

    private static void refuseUnless(DkgStep step, long epoch) {
        if (step.accepted()) {
            return;
        }
        throw switch (step.error()) {
            case DUPLICATE_DEAL -> new DtsException(ErrorCode.DKG_ALREADY_SUBMITTED, "this dealer's bundle was accepted before");
            case DUPLICATE_COMPLAINT -> new DtsException(ErrorCode.DKG_ALREADY_SUBMITTED, "you complained about this dealer before");
            case NO_SUCH_DEAL -> new DtsException(ErrorCode.NOT_FOUND, "that dealer has no accepted bundle in epoch " + epoch);
            case NOT_A_DEALER, NOT_A_RECEIVER -> new DtsException(ErrorCode.DKG_NOT_A_PARTICIPANT, "not a participant: " + step.error());
            default -> new DtsException(ErrorCode.DKG_WRONG_PHASE, "epoch " + epoch + "'s session does not take this now ("
                    + step.error() + ")");
        };
    }

    private static Complaint complaint(DkgRecords.ComplaintInput input) {
        try {
            byte[] proof = HEX.parseHex(input.proof() == null ? "" : input.proof());
            if (proof.length != 64) {
                throw new DtsException(ErrorCode.DKG_INVALID_COMPLAINT, "proof must be 64 bytes (c ‖ z), hex");
            }
            return new Complaint(input.dealerIndex(), input.receiverIndex(), BlsPublicKey.fromHex(input.sharedKey()), proof);
        } catch (IllegalArgumentException | BlsException e) {
            throw new DtsException(ErrorCode.DKG_INVALID_COMPLAINT, "sharedKey must be a G1 point (48 bytes hex) and proof 64 bytes hex");
        }
    }
}
