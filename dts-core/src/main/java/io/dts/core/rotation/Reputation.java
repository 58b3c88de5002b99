package io.dts.core.rotation;

/**
 * The reputation formula (README, "The contract's rules": Reputation). A weighted mean of five scores, each
 * 0–100, minus 10 per slash, kept within 1–100:
 *
 * <pre>
 * reputation = (25·uptime + 15·signingSpeed + 30·accuracy + 10·stakeScore + 20·participation) / 100
 *              − 10·totalSlashes
 * stakeScore = min(100, 100 · stakeDuration / (10 · rotationPeriod))   (full after ten epochs staked)
 * </pre>
 *
 * Integer arithmetic throughout, so every instance computes the same value.
 */
public final class Reputation {

    public static final int MIN = 1;
    public static final int MAX = 100;
    public static final int SLASH_PENALTY = 10;
    static final int EPOCHS_FOR_FULL_STAKE_SCORE = 10;

    private Reputation() {
    }

    /** The inputs of the formula: the seed's metrics plus participation (percent of the epoch's requests signed). */
    public record Inputs(int uptime, int signingSpeed, int accuracy, long stakeDurationBlocks, long rotationPeriod,
            int participation, int totalSlashes) {
    }

    public static int compute(Inputs in) {
        long stakeScore = stakeScore(in.stakeDurationBlocks(), in.rotationPeriod());
        long weighted = 25L * bound(in.uptime()) + 15L * bound(in.signingSpeed()) + 30L * bound(in.accuracy())
                + 10L * stakeScore + 20L * bound(in.participation());
        long reputation = weighted / 100 - (long) SLASH_PENALTY * Math.max(0, in.totalSlashes());
        return (int) Math.max(MIN, Math.min(MAX, reputation));
    }

    /** Reputation after one more slash: 10 less, never below 1. */
    public static int afterSlash(int reputation) {
        return Math.max(MIN, reputation - SLASH_PENALTY);
    }

    /** accuracy = 100 × valid / total, and 100 while nothing has been counted (DESIGN.md §4.1). */
    public static int accuracy(long validSignatures, long totalSignatures) {
        if (totalSignatures <= 0) {
            return 100;
        }
        return (int) (100 * Math.min(validSignatures, totalSignatures) / totalSignatures);
    }

    static long stakeScore(long stakeDurationBlocks, long rotationPeriod) {
        if (rotationPeriod <= 0) {
            return 0;
        }
        long fullAfter = EPOCHS_FOR_FULL_STAKE_SCORE * rotationPeriod;
        // Clamp before multiplying: a huge duration must not overflow into a negative score.
        return 100 * Math.min(Math.max(0, stakeDurationBlocks), fullAfter) / fullAfter;
    }

    private static long bound(int score) {
        return Math.max(0, Math.min(100, score));
    }
}
