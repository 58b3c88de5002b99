package io.dts.core.rewards;

import java.math.BigInteger;

/**
 * The seed's reward for a committee member for one epoch (DESIGN.md §4.1):
 * {@code 1000 × ((uptime + accuracy) / 2) × (stake / minStake)}, computed in exact integer arithmetic
 * as {@code floor(1000 × (uptime + accuracy) × stake / (2 × minStake))}, so that a stake between
 * multiples of min-stake and an odd uptime + accuracy count in full rather than being rounded away
 * at each step. Capped at {@code Long.MAX_VALUE} (no pool could pay more).
 */
public final class RewardFormula {

    static final long BASE = 1000;

    private RewardFormula() {
    }

    /** @throws IllegalArgumentException for negative inputs or a min-stake of 0 */
    public static long reward(int uptime, int accuracy, long stake, long minStake) {
        if (uptime < 0 || accuracy < 0 || stake < 0 || minStake <= 0) {
            throw new IllegalArgumentException("uptime, accuracy and stake must be >= 0 and minStake > 0");
        }
        BigInteger amount = BigInteger.valueOf(BASE)
                .multiply(BigInteger.valueOf((long) uptime + accuracy))
                .multiply(BigInteger.valueOf(stake))
                .divide(BigInteger.valueOf(minStake).shiftLeft(1));
        return amount.bitLength() < Long.SIZE ? amount.longValue() : Long.MAX_VALUE;
    }
}
