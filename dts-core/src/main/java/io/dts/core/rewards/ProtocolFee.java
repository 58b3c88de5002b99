package io.dts.core.rewards;

/** The protocol fee's arithmetic: a percent of an amount, rounded down, exact for every {@code long}. */
public final class ProtocolFee {

    private ProtocolFee() {
    }

    /**
     * {@code floor(amount × percent / 100)} for amount ≥ 0 and percent 0–100, without overflow: the
     * product is split as {@code (amount / 100) × percent + (amount % 100) × percent / 100}.
     */
    public static long of(long amount, int percent) {
        if (amount < 0 || percent < 0 || percent > 100) {
            throw new IllegalArgumentException("amount must be >= 0 and percent 0..100");
        }
        return (amount / 100) * percent + (amount % 100) * percent / 100;
    }
}
