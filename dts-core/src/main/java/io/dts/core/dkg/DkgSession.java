package io.dts.core.dkg;

import io.dts.core.crypto.dkg.DkgKind;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One DKG session of epoch {@code epoch} (THRESHOLD.md "Sessions"), as an immutable value: its
 * parameters, its phase, which dealers have an accepted bundle and which complaints were posted.
 * Every move is one method that returns the next session or a named {@link DkgError}; block
 * heights decide the windows: deals in [start, dealEnd), complaints in [dealEnd, complaintEnd),
 * finalization from complaintEnd, with dealEnd = start + W and complaintEnd = dealEnd + W.
 *
 * <p>Cryptographic validity is decided before a move by {@code io.dts.core.crypto.dkg} (the
 * bundle's checks, the complaint's verdict, the finalization math); the session only enforces who
 * may post what and when.
 *
 * @param threshold t of the new committee
 * @param previousThreshold t_old of the old committee when resharing, else 0
 * @param phaseBlocks W, the length of each window in blocks
 * @param dealers the dealer indices (the committee when fresh, the old indices when resharing)
 * @param receivers the receiver indices (the new committee)
 * @param dealt dealers with an accepted bundle
 * @param complaints posted complaints
 * @param qualified QUAL once COMPLETE, else empty
 * @param failureReason why the session FAILED, else {@code null}
 */
public record DkgSession(long epoch, DkgKind kind, int threshold, int previousThreshold, long startHeight,
        long phaseBlocks, SortedSet<Integer> dealers, SortedSet<Integer> receivers, DkgPhase phase,
        SortedSet<Integer> dealt, Set<Accusation> complaints, SortedSet<Integer> qualified, String failureReason) {

    /** Who complained about whom. */
    public record Accusation(int dealerIndex, int receiverIndex) {
    }

    public DkgSession {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(phase, "phase");
        if (phaseBlocks < 1 || threshold < 1 || dealers.isEmpty() || receivers.isEmpty()) {
            throw new IllegalArgumentException("a session needs W ≥ 1, t ≥ 1, dealers and receivers");
        }
        dealers = unmodifiable(dealers);
        receivers = unmodifiable(receivers);
        dealt = unmodifiable(dealt);
        complaints = Set.copyOf(complaints);
        qualified = unmodifiable(qualified);
    }

    /** A session opening at {@code startHeight} in phase DEAL. */
    public static DkgSession open(long epoch, DkgKind kind, int threshold, int previousThreshold,
            long startHeight, long phaseBlocks, SortedSet<Integer> dealers, SortedSet<Integer> receivers) {
        return new DkgSession(epoch, kind, threshold, previousThreshold, startHeight, phaseBlocks, dealers,
                receivers, DkgPhase.DEAL, new TreeSet<>(), Set.of(), new TreeSet<>(), null);
    }

    /** start + W: the first height at which deals are no longer taken. */
    public long dealEndHeight() {
        return startHeight + phaseBlocks;
    }

    /** dealEnd + W: the first height at which complaints are no longer taken. */
    public long complaintEndHeight() {
        return dealEndHeight() + phaseBlocks;
    }

    /** Records dealer {@code dealerIndex}'s accepted bundle, arrived at {@code height}. */
    public DkgStep postDeal(int dealerIndex, long height) {
        DkgError refusal = refusal(DkgTransition.POST_DEAL, height, startHeight, dealEndHeight());
        if (refusal == null && !dealers.contains(dealerIndex)) {
            refusal = DkgError.NOT_A_DEALER;
        }
        if (refusal == null && dealt.contains(dealerIndex)) {
            refusal = DkgError.DUPLICATE_DEAL;
        }
        if (refusal != null) {
            return DkgStep.refused(refusal);
        }
        SortedSet<Integer> next = new TreeSet<>(dealt);
        next.add(dealerIndex);
        return DkgStep.to(with(DkgPhase.DEAL, next, complaints, qualified, null));
    }

    /** Opens the complaint window once the deal window has passed. */
    public DkgStep closeDeals(long height) {
        DkgError refusal = refusal(DkgTransition.CLOSE_DEALS, height, dealEndHeight(), Long.MAX_VALUE);
        return refusal != null ? DkgStep.refused(refusal)
                : DkgStep.to(with(DkgPhase.COMPLAIN, dealt, complaints, qualified, null));
    }

    /** Records receiver {@code receiverIndex}'s complaint about dealer {@code dealerIndex}. */
    public DkgStep postComplaint(int dealerIndex, int receiverIndex, long height) {
        DkgError refusal = refusal(DkgTransition.POST_COMPLAINT, height, dealEndHeight(), complaintEndHeight());
        Accusation accusation = new Accusation(dealerIndex, receiverIndex);
        if (refusal == null && !receivers.contains(receiverIndex)) {
            refusal = DkgError.NOT_A_RECEIVER;
        }
        if (refusal == null && !dealt.contains(dealerIndex)) {
            refusal = DkgError.NO_SUCH_DEAL;
        }
        if (refusal == null && complaints.contains(accusation)) {
            refusal = DkgError.DUPLICATE_COMPLAINT;
        }
        if (refusal != null) {
            return DkgStep.refused(refusal);
        }
        Set<Accusation> next = new HashSet<>(complaints);
        next.add(accusation);
        return DkgStep.to(with(DkgPhase.COMPLAIN, dealt, next, qualified, null));
    }

    /** Finalizes with the group of {@code qualified} dealers (QUAL, from the finalization math). */
    public DkgStep complete(long height, SortedSet<Integer> qualified) {
        DkgError refusal = refusal(DkgTransition.COMPLETE, height, complaintEndHeight(), Long.MAX_VALUE);
        if (refusal == null && (qualified.isEmpty() || !dealt.containsAll(qualified))) {
            refusal = DkgError.NOT_QUALIFIABLE;
        }
        return refusal != null ? DkgStep.refused(refusal)
                : DkgStep.to(with(DkgPhase.COMPLETE, dealt, complaints, qualified, null));
    }

    /** Finalizes without a group key, for {@code reason} (e.g. too few qualified dealers). */
    public DkgStep fail(long height, String reason) {
        Objects.requireNonNull(reason, "reason");
        DkgError refusal = refusal(DkgTransition.FAIL, height, complaintEndHeight(), Long.MAX_VALUE);
        return refusal != null ? DkgStep.refused(refusal)
                : DkgStep.to(with(DkgPhase.FAILED, dealt, complaints, new TreeSet<>(), reason));
    }

    /** Phase by the table first, then the window [from, until) of the move. */
    private DkgError refusal(DkgTransition transition, long height, long from, long until) {
        if (transition.from() != phase) {
            return DkgError.WRONG_PHASE;
        }
        if (height < from) {
            return DkgError.TOO_EARLY;
        }
        return height >= until ? DkgError.WINDOW_CLOSED : null;
    }

    private DkgSession with(DkgPhase nextPhase, SortedSet<Integer> nextDealt, Set<Accusation> nextComplaints,
            SortedSet<Integer> nextQualified, String reason) {
        return new DkgSession(epoch, kind, threshold, previousThreshold, startHeight, phaseBlocks, dealers,
                receivers, nextPhase, nextDealt, nextComplaints, nextQualified, reason);
    }

    private static SortedSet<Integer> unmodifiable(SortedSet<Integer> set) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(set));
    }
}
