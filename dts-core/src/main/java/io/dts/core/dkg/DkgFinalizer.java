package io.dts.core.dkg;

import io.dts.core.crypto.BlsPublicKey;
import io.dts.core.crypto.dkg.DealCheck;
import io.dts.core.crypto.dkg.DkgKind;
import io.dts.core.crypto.dkg.Finalization;
import io.dts.core.crypto.dkg.VerifiedDeal;
import io.dts.core.events.EventLog;
import io.dts.core.events.EventType;
import io.dts.core.signer.Fault;
import io.dts.core.signer.SignerStatus;
import io.dts.core.signer.SlashingService;
import io.dts.persistence.dkg.DkgComplaint;
import io.dts.persistence.dkg.DkgDeal;
import io.dts.persistence.dkg.DkgParticipant;
import io.dts.persistence.dkg.DkgRepository;
import io.dts.persistence.dkg.DkgSessionRecord;
import io.dts.persistence.signer.SignerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.stream.Collectors;

/**
 * THRESHOLD.md "Finalize": QUAL from the accepted bundles and the valid complaints, the group key and
 * public shares, or FAILED with the reason; dealers of the committee who stayed silent are slashed.
 * Runs inside the caller's transaction, which holds the session's row lock.
 */
@ApplicationScoped
public class DkgFinalizer {

    @Inject
    DkgRepository dkg;

    @Inject
    DkgRecords records;

    @Inject
    SignerRepository signers;

    @Inject
    SlashingService slashing;

    @Inject
    EventLog events;

    DkgSession finalizeSession(DkgSessionRecord record, DkgSession session, long height) {
        List<DkgParticipant> dealers = dkg.participants(record.getEpoch(), DkgParticipant.DEALER);
        List<VerifiedDeal> accepted = new ArrayList<>();
        for (DkgDeal deal : dkg.deals(record.getEpoch())) {
            accepted.add(verified(record, deal, dealers));
        }
        Set<Integer> disqualified = dkg.complaints(record.getEpoch()).stream().filter(c -> "VALID".equals(c.getVerdict()))
                .map(DkgComplaint::getDealerIndex).collect(Collectors.toSet());
        slashSilentDealers(record, dealers, session);
        Finalization.Outcome outcome = Finalization.finalizeGroup(DkgKind.valueOf(record.getKind()), record.getThreshold(),
                record.getPreviousThreshold(),
                record.getGroupPublicKey() == null ? null : BlsPublicKey.fromHex(record.getGroupPublicKey()),
                accepted, disqualified, session.receivers());
        if (!outcome.completed()) {
            String reason = switch (outcome.failure()) {
                case TOO_FEW_QUALIFIED -> "too few qualified dealers: " + (accepted.size() - disqualified.size()) + " of "
                        + dealers.size() + ", " + (DkgKind.FRESH.name().equals(record.getKind()) ? record.getThreshold()
                        : record.getPreviousThreshold()) + " needed";
                case GROUP_KEY_MISMATCH -> "the reshared group key differs from the previous one";
                case DEGENERATE_COMMITMENTS -> "the dealers' commitments sum to the identity";
            };
            return fail(record, height, reason);
        }
        Finalization.Group group = outcome.group();
        DkgSession completed = session.complete(height, group.qualified()).orElseThrow();
        record.setPhase(DkgPhase.COMPLETE.name());
        record.setQualified(DkgRecords.joinIndices(group.qualified()));
        record.setGroupPublicKey(group.groupKey().toHex());
        record.setFinalizedHeight(height);
        for (DkgParticipant receiver : dkg.participants(record.getEpoch(), DkgParticipant.RECEIVER)) {
            receiver.setPublicShare(group.publicShares().get(receiver.getIndex()).toHex());
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("epoch", record.getEpoch());
        data.put("kind", record.getKind());
        data.put("groupPublicKey", group.groupKey().toHex());
        data.put("qualified", List.copyOf(group.qualified()));
        events.append(EventType.DKG_SESSION_COMPLETED, null, data);
        return completed;
    }

    /** Ends {@code record} FAILED for {@code reason}; the last completed epoch keeps signing. */
    DkgSession fail(DkgSessionRecord record, long height, String reason) {
        record.setPhase(DkgPhase.FAILED.name());
        record.setFailureReason(reason);
        record.setFinalizedHeight(height);
        events.append(EventType.DKG_SESSION_FAILED, null, Map.of("epoch", record.getEpoch(), "reason", reason));
        return records.session(record);
    }

    /** A stored bundle, checked again (it passed when it arrived) into the form the math takes. */
    VerifiedDeal verified(DkgSessionRecord record, DkgDeal deal) {
        return verified(record, deal, dkg.participants(record.getEpoch(), DkgParticipant.DEALER));
    }

    private VerifiedDeal verified(DkgSessionRecord record, DkgDeal deal, List<DkgParticipant> dealers) {
        DkgParticipant dealer = dealers.stream().filter(p -> p.getIndex() == deal.getDealerIndex()).findFirst().orElseThrow();
        DealCheck.Verdict verdict = DealCheck.check(DkgRecords.bundle(deal, record.getThreshold()), records.expectation(record, dealer));
        if (!verdict.accepted()) {
            throw new IllegalStateException("stored deal " + deal.getDealerIndex() + " of epoch " + deal.getEpoch()
                    + " no longer passes its checks: " + verdict.fault());
        }
        return verdict.deal();
    }

    /** A dealer seated in the session's committee who posted nothing is slashed (THRESHOLD.md "Finalize"). */
    private void slashSilentDealers(DkgSessionRecord record, List<DkgParticipant> dealers, DkgSession session) {
        SortedSet<Integer> dealt = session.dealt();
        Set<String> committee = dkg.participants(record.getEpoch(), DkgParticipant.RECEIVER).stream()
                .map(DkgParticipant::getSigner).collect(Collectors.toSet());
        for (DkgParticipant dealer : dealers) {
            boolean seated = committee.contains(dealer.getSigner());
            boolean slashable = signers.find(dealer.getSigner()).map(s -> !SignerStatus.REMOVED.name().equals(s.getStatus())).orElse(false);
            if (!dealt.contains(dealer.getIndex()) && seated && slashable) {
                slashing.slashForFault(dealer.getSigner(), Fault.DKG_SILENT_DEALER, Json.createObjectBuilder()
                        .add("epoch", record.getEpoch()).add("dealerIndex", dealer.getIndex())
                        .add("dealEndHeight", record.getStartHeight() + record.getPhaseBlocks()).build().toString());
            }
        }
    }
}
