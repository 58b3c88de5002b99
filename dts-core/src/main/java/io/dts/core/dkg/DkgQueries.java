package io.dts.core.dkg;

import io.dts.core.error.DtsException;
import io.dts.core.error.ErrorCode;
import io.dts.persistence.dkg.DkgDeal;
import io.dts.persistence.dkg.DkgParticipant;
import io.dts.persistence.dkg.DkgRepository;
import io.dts.persistence.dkg.DkgSessionRecord;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** What anyone may read about DKG sessions. */
@Stateless
public class DkgQueries {

    @Inject
    DkgRepository dkg;

    /** @throws DtsException 122 when epoch {@code epoch} has no session */
    public DkgSessionView session(long epoch) {
        return view(dkg.find(epoch).orElseThrow(() -> noSession("epoch " + epoch + " has no DKG session")));
    }

    /** @throws DtsException 122 when there is no session yet */
    public DkgSessionView current() {
        return view(dkg.newest().orElseThrow(() -> noSession("no DKG session yet: the network signs in aggregate mode")));
    }

    /** Sessions newest first: the group key's history. */
    public List<DkgSessionView> history(int limit) {
        return dkg.newestFirst(Math.max(1, Math.min(limit, 1000))).stream().map(this::view).toList();
    }

    public List<DealView> deals(long epoch) {
        session(epoch);
        return dkg.deals(epoch).stream().map(DealView::of).toList();
    }

    public List<ComplaintView> complaints(long epoch) {
        session(epoch);
        return dkg.complaints(epoch).stream().map(ComplaintView::of).toList();
    }

    private DkgSessionView view(DkgSessionRecord record) {
        long epoch = record.getEpoch();
        boolean complete = DkgPhase.COMPLETE.name().equals(record.getPhase());
        List<DkgParticipant> receivers = dkg.participants(epoch, DkgParticipant.RECEIVER);
        return new DkgSessionView(epoch, record.getKind(), record.getThreshold(), record.getPreviousThreshold(),
                record.getPreviousEpoch(), record.getPhase(), record.getStartHeight(),
                record.getStartHeight() + record.getPhaseBlocks(), record.getStartHeight() + 2 * record.getPhaseBlocks(),
                dkg.participants(epoch, DkgParticipant.DEALER).stream()
                        .map(p -> new DkgSessionView.Dealer(p.getIndex(), p.getSigner(), p.getPublicKey(), p.getPublicShare())).toList(),
                receivers.stream().map(p -> new DkgSessionView.Member(p.getIndex(), p.getSigner(), p.getPublicKey())).toList(),
                dkg.deals(epoch).stream().map(DkgDeal::getDealerIndex).toList(),
                List.copyOf(DkgRecords.parseIndices(record.getQualified())), record.getGroupPublicKey(),
                complete ? receivers.stream().map(p -> new DkgSessionView.PublicShare(p.getIndex(), p.getPublicShare())).toList()
                        : List.of(),
                record.getFailureReason(), record.getFinalizedHeight());
    }

    private static DtsException noSession(String message) {
        return new DtsException(ErrorCode.NOT_FOUND, message);
    }
}
