package io.dts.core.rewards;

/** What one accepted partial signature cost its signer: from its balance, from its stake, in all. */
public record PartialFeeCharge(long fromBalance, long fromStake) {

    public long total() {
        return fromBalance + fromStake;
    }
}
