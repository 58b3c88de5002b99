package io.dts.core.governance;

/** The seed's voting power (DESIGN.md §4.1): {@code (stake × 10000 + reputation × 100) / 1000000}, integer division. */
public final class VotingPower {

    private VotingPower() {
    }

    public static long of(long stake, int reputation) {
        return Math.addExact(Math.multiplyExact(stake, 10_000L), reputation * 100L) / 1_000_000L;
    }
}
