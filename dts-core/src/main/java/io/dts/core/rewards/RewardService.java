package io.dts.core.rewards;

import io.dts.core.error.DtsException;
import io.dts.core.error.ErrorCode;
import io.dts.core.events.EventLog;
import io.dts.core.events.EventType;
import io.dts.core.events.WritesEvents;
import io.dts.core.network.NetworkRules;
import io.dts.persistence.account.Account;
import io.dts.persistence.account.AccountRepository;
import io.dts.persistence.network.NetworkRepository;
import io.dts.persistence.network.NetworkState;
import io.dts.persistence.reward.PartialFeeInflow;
import io.dts.persistence.reward.Reward;
import io.dts.persistence.reward.RewardRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rewards: claims, the entitlements list and the pool's account. A claim pays an epoch's entitlement
 * from the pool to the signer's balance once, and only while the pool holds more than the amount
 * (the seed's rule); otherwise it stays open and can be claimed later.
 */
@Stateless
@WritesEvents
public class RewardService {

    public static final int MAX_PAGE = 1000;

    @Inject
    NetworkRules rules;

    @Inject
    NetworkRepository network;

    @Inject
    RewardRepository rewards;

    @Inject
    AccountRepository accounts;

    @Inject
    EventLog events;

    /**
     * Pays the caller's reward for {@code epoch}: 101 without an entitlement of the caller for that
     * epoch, 126 if claimed before, 127 while the pool holds no more than the amount (nothing changes).
     */
    public RewardView claim(String caller, Long epoch) {
        rules.requireUnpaused(caller);
        rules.requireInitialized();
        if (epoch == null) {
            throw new DtsException(ErrorCode.INVALID_PARAMS, "epoch is required");
        }
        NetworkState state = network.stateForUpdate();
        Reward reward = rewards.find(epoch, caller).orElseThrow(() -> new DtsException(ErrorCode.INVALID_PARAMS,
                "'" + caller + "' has no reward for epoch " + epoch));
        if (reward.getClaimedHeight() != null) {
            throw alreadyClaimed(epoch, reward.getClaimedHeight());
        }
        Account account = accounts.findForUpdate(caller).orElseThrow();
        PartialFeeInflow inflow = rewards.inflowForUpdate();
        state.setRewardPool(Math.addExact(state.getRewardPool(), inflow.getPending()));
        inflow.setPending(0);
        long amount = reward.getAmount();
        if (state.getRewardPool() <= amount) {
            throw new DtsException(ErrorCode.REWARD_POOL_INSUFFICIENT, "the pool holds " + state.getRewardPool()
                    + ", not more than the reward of " + amount + "; the claim stays open, try again later");
        }
        long height = rules.height();
        if (!rewards.markClaimed(epoch, caller, height)) {
            throw alreadyClaimed(epoch, height);
        }
        state.setRewardPool(state.getRewardPool() - amount);
        state.setRewardsPaid(Math.addExact(state.getRewardsPaid(), amount));
        account.setBalance(Math.addExact(account.getBalance(), amount));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("epoch", epoch);
        data.put("signer", caller);
        data.put("amount", amount);
        data.put("pool", state.getRewardPool());
        events.append(EventType.REWARD_CLAIMED, caller, data);
        return RewardView.of(reward);
    }

    /**
     * Entitlements, newest epoch first; {@code claimed} is {@code true}, {@code false} or null (all),
     * {@code limit} 1–1000.
     */
    public List<RewardView> list(String signer, Long epoch, String claimed, int limit) {
        Boolean claimedFilter = null;
        if (claimed != null && !claimed.isBlank()) {
            if (!claimed.equals("true") && !claimed.equals("false")) {
                throw new DtsException(ErrorCode.INVALID_PARAMS, "claimed must be true or false");
            }
            claimedFilter = Boolean.valueOf(claimed);
        }
        if (limit < 1 || limit > MAX_PAGE) {
            throw new DtsException(ErrorCode.INVALID_PARAMS, "limit must be 1.." + MAX_PAGE);
        }
        String signerFilter = signer == null || signer.isBlank() ? null : signer;
        return rewards.page(signerFilter, epoch, claimedFilter, limit).stream().map(RewardView::of).toList();
    }

    /** The pool now (fees still on their way in included), what came in by kind and what went out. */
    public PoolView pool() {
        NetworkState state = network.state();
        PartialFeeInflow inflow = rewards.inflow();
        long total = state.getRegistrationFees() + inflow.getTotal() + state.getProposalFees();
        return new PoolView(rewards.poolWithPendingFees(state),
                new PoolView.Fees(state.getRegistrationFees(), inflow.getTotal(), state.getProposalFees(), total),
                state.getSlashedTotal(), state.getRewardsPaid(), rewards.outstanding(), state.getProtocolFee());
    }

    private static DtsException alreadyClaimed(long epoch, long height) {
        return new DtsException(ErrorCode.REWARD_ALREADY_CLAIMED,
                "the reward for epoch " + epoch + " was claimed at height " + height);
    }
}
