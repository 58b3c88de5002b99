package io.dts.core.rotation;

import java.util.Comparator;
import java.util.List;

/**
 * Who sits in the committee: the best {@code seats} eligible candidates, ranked by reputation, then
 * stake, then seniority (earlier registration height), then name so that the order is total and
 * every instance agrees.
 */
public final class CommitteeRanking {

    /** A signer as the ranking sees it. */
    public record Candidate(String name, int reputation, long stake, long registeredHeight) {
    }

    public static final Comparator<Candidate> ORDER = Comparator.comparingInt(Candidate::reputation).reversed()
            .thenComparing(Comparator.comparingLong(Candidate::stake).reversed())
            .thenComparingLong(Candidate::registeredHeight)
            .thenComparing(Candidate::name);

    private CommitteeRanking() {
    }

    /** Eligible: stake at least {@code minStake} and reputation at least {@code performanceThreshold}. */
    public static boolean eligible(Candidate candidate, long minStake, int performanceThreshold) {
        return candidate.stake() >= minStake && candidate.reputation() >= performanceThreshold;
    }

    /** The committee, best first: eligible candidates only, at most {@code seats}. */
    public static List<Candidate> select(List<Candidate> candidates, int seats, long minStake, int performanceThreshold) {
        return candidates.stream()
                .filter(c -> eligible(c, minStake, performanceThreshold))
                .sorted(ORDER)
                .limit(Math.max(0, seats))
                .toList();
    }
}
