package io.dts.core.governance;

/**
 * The pass rule. A proposal passes when the votes in favour are at least {@code threshold} percent
 * of the votes cast (and there is at least one), and the votes cast are at least {@code quorum}
 * percent of the total voting power of all voting-eligible signers at finalize time.
 *
 * @param votesFor voting power cast in favour
 * @param votesAgainst voting power cast against
 * @param totalPower voting power of every eligible signer when finalized
 */
public record Tally(long votesFor, long votesAgainst, long totalPower) {

    /** The outcome and, in words, why. */
    public record Outcome(boolean passed, String reason) {
    }

    public long cast() {
        return votesFor + votesAgainst;
    }

    public Outcome decide(int thresholdPercent, int quorumPercent) {
        long cast = cast();
        if (cast * 100 < (long) quorumPercent * totalPower) {
            return new Outcome(false, "no quorum: " + cast + " of " + totalPower + " voting power voted, "
                    + quorumPercent + " % needed");
        }
        if (votesFor == 0 || votesFor * 100 < (long) thresholdPercent * cast) {
            return new Outcome(false, "below the threshold: " + votesFor + " of " + cast + " votes cast in favour, "
                    + thresholdPercent + " % needed");
        }
        return new Outcome(true, "passed: " + votesFor + " of " + cast + " votes cast in favour, " + cast + " of "
                + totalPower + " voting power voted");
    }
}
