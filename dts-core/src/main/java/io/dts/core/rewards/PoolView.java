package io.dts.core.rewards;

/**
 * The reward pool's account: what it holds now; what came in by kind (registration fees,
 * partial-signature fees, proposal fees, slashes); what it paid out as rewards; what members are
 * entitled to but have not claimed; and the protocol fee in percent.
 */
public record PoolView(long pool, Fees fees, long slashed, long rewardsPaid, long rewardsOutstanding, int protocolFee) {

    /** Fees paid into the pool, by kind, since the network began. */
    public record Fees(long registration, long partialSignature, long proposal, long total) {
    }
}
