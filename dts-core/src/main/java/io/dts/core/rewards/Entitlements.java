package io.dts.core.rewards;

import io.dts.persistence.epoch.EpochMember;
import io.dts.persistence.epoch.EpochRepository;
import io.dts.persistence.network.NetworkState;
import io.dts.persistence.reward.Reward;
import io.dts.persistence.reward.RewardRepository;
import io.dts.persistence.signer.Signer;
import io.dts.persistence.signer.SignerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the closing epoch's rewards: one entitlement per member of its committee, including members
 * who left or were removed during the epoch (they served part of it; the formula's inputs, their
 * metrics and stake at close, already reflect how well). Called by the rotation inside its
 * exactly-once transaction; the primary key (epoch, signer) guards against a second write.
 */
@ApplicationScoped
public class Entitlements {

    @Inject
    EpochRepository epochs;

    @Inject
    SignerRepository signers;

    @Inject
    RewardRepository rewards;

    /** @return each member's amount, in seat order */
    public Map<String, Long> recordEpoch(NetworkState state, long epoch, long height) {
        Map<String, Long> amounts = new LinkedHashMap<>();
        for (EpochMember member : epochs.members(epoch)) {
            if (amounts.containsKey(member.getSigner())) {
                continue; // left and was seated again in the same epoch: one reward
            }
            Signer signer = signers.find(member.getSigner()).orElseThrow();
            long amount = RewardFormula.reward(signer.getUptime(), signer.getAccuracy(), signer.getStake(), state.getMinStake());
            rewards.add(new Reward(epoch, signer.getName(), amount, signer.getUptime(), signer.getAccuracy(),
                    signer.getStake(), state.getMinStake(), height));
            amounts.put(signer.getName(), amount);
        }
        return amounts;
    }
}
