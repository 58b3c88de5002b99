package io.dts.core.rewards;

import io.dts.persistence.reward.Reward;

/**
 * One entitlement: what {@code signer} earned in {@code epoch}, the formula's inputs as they were when
 * the epoch closed, and when it was claimed (null: open).
 */
public record RewardView(long epoch, String signer, long amount, int uptime, int accuracy, long stake, long minStake,
        long createdHeight, Long claimedHeight, boolean claimed) {

    static RewardView of(Reward r) {
        return new RewardView(r.getEpoch(), r.getSigner(), r.getAmount(), r.getUptime(), r.getAccuracy(), r.getStake(),
                r.getMinStake(), r.getCreatedHeight(), r.getClaimedHeight(), r.getClaimedHeight() != null);
    }
}
