package io.dts.core.crypto.dkg;

import io.dts.core.crypto.BlsException;
import io.dts.core.crypto.BlsPublicKey;
import io.dts.core.crypto.Threshold;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The deterministic end of a session (THRESHOLD.md "Finalize"): QUAL, the group commitments, the
 * group key and every receiver's public share, or why the session fails; and, on the receiver's
 * side, its share {@code x_j} of the group secret. Pure: the same inputs give the same outcome on
 * every server and client.
 */
public final class Finalization {

    private Finalization() {
    }

    /** Why a session ends FAILED. */
    public enum Failure {
        /** Fewer qualified dealers than t (fresh) or t_old (reshare). */
        TOO_FEW_QUALIFIED,
        /** Resharing gave a group key other than the previous one. */
        GROUP_KEY_MISMATCH,
        /** The dealers' commitments cancel out into the identity, which is no key. */
        DEGENERATE_COMMITMENTS
    }

    /**
     * The group a completed session establishes.
     *
     * @param qualified QUAL: dealers with an accepted bundle and no valid complaint
     * @param contributors the dealers whose deals make up the group, ascending: all of QUAL when
     *     fresh, the t_old lowest old indices of QUAL when resharing
     * @param commitments the group commitments A_0 … A_{t−1}
     * @param groupKey Y = A_0
     * @param publicShares Y_j for every receiver j
     */
    public record Group(DkgKind kind, SortedSet<Integer> qualified, List<Integer> contributors,
            List<BlsPublicKey> commitments, BlsPublicKey groupKey, SortedMap<Integer, BlsPublicKey> publicShares) {

        public Group {
            qualified = new TreeSet<>(qualified);
            contributors = List.copyOf(contributors);
            commitments = List.copyOf(commitments);
            publicShares = new TreeMap<>(publicShares);
        }
    }

    /** The group, or why there is none: exactly one is non-null. */
    public record Outcome(Group group, Failure failure) {

        public boolean completed() {
            return group != null;
        }
    }

    /**
     * Finalizes a session.
     *
     * @param threshold t, the new committee's threshold (every accepted deal has t commitments)
     * @param previousThreshold t_old (ignored when fresh)
     * @param previousGroupKey the key a reshare must keep; {@code null} when fresh
     * @param accepted the deals the server accepted, at most one per dealer
     * @param disqualified dealers with a {@link ComplaintVerdict#VALID} complaint
     * @param receivers the receiver indices, whose public shares are computed
     */
    public static Outcome finalizeGroup(DkgKind kind, int threshold, int previousThreshold,
            BlsPublicKey previousGroupKey, Collection<VerifiedDeal> accepted, Set<Integer> disqualified,
            SortedSet<Integer> receivers) {
        SortedMap<Integer, VerifiedDeal> qualified = new TreeMap<>();
        for (VerifiedDeal deal : accepted) {
            if (deal.commitments().size() != threshold) {
                throw new IllegalArgumentException("deal " + deal.dealerIndex() + " has not t commitments");
            }
            if (!disqualified.contains(deal.dealerIndex())
                    && qualified.put(deal.dealerIndex(), deal) != null) {
                throw new IllegalArgumentException("two deals by dealer " + deal.dealerIndex());
            }
        }
        boolean fresh = kind == DkgKind.FRESH;
        int needed = fresh ? threshold : previousThreshold;
        if (qualified.size() < needed) {
            return new Outcome(null, Failure.TOO_FEW_QUALIFIED);
        }
        List<Integer> contributors = new ArrayList<>(qualified.keySet()).subList(0, fresh ? qualified.size() : needed);
        List<BlsPublicKey> commitments = new ArrayList<>(threshold);
        SortedMap<Integer, BlsPublicKey> publicShares = new TreeMap<>();
        try {
            for (int k = 0; k < threshold; k++) {
                Map<Long, BlsPublicKey> byDealer = new LinkedHashMap<>();
                for (int i : contributors) {
                    byDealer.put((long) i, qualified.get(i).commitments().get(k));
                }
                commitments.add(fresh ? BlsPublicKey.aggregate(List.copyOf(byDealer.values()))
                        : Threshold.interpolateKeys(byDealer));
            }
            if (!fresh && !commitments.get(0).equals(Objects.requireNonNull(previousGroupKey, "previousGroupKey"))) {
                return new Outcome(null, Failure.GROUP_KEY_MISMATCH);
            }
            for (int j : receivers) {
                publicShares.put(j, Threshold.publicShare(commitments, j));
            }
        } catch (BlsException | IllegalArgumentException e) {
            return new Outcome(null, Failure.DEGENERATE_COMMITMENTS); // a sum came out as the identity
        }
        return new Outcome(new Group(kind, new TreeSet<>(qualified.keySet()), contributors, commitments, commitments.get(0),
                publicShares), null);
    }

    /**
     * Receiver j's share of the group secret: {@code x_j = Σ s_ij} (fresh) or {@code Σ λ_i·s_ij}
     * (reshare) over the group's contributors.
     *
     * @param sharesByDealer the verified shares s_ij, by dealer index; must cover every contributor
     */
    public static BigInteger receiverShare(Group group, Map<Integer, BigInteger> sharesByDealer) {
        Map<Long, BigInteger> shares = new LinkedHashMap<>();
        for (int i : group.contributors()) {
            BigInteger share = sharesByDealer.get(i);
            if (share == null) {
                throw new IllegalArgumentException("no share from contributing dealer " + i);
            }
            shares.put((long) i, share);
        }
        if (group.kind() == DkgKind.RESHARE) {
            return Threshold.interpolateScalars(shares);
        }
        return shares.values().stream().reduce(BigInteger.ZERO, BigInteger::add).mod(Threshold.ORDER);
    }
}
