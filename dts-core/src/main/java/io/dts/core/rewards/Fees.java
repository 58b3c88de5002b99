package io.dts.core.rewards;

import io.dts.persistence.account.Account;
import io.dts.persistence.account.AccountRepository;
import io.dts.persistence.network.NetworkRepository;
import io.dts.persistence.network.NetworkState;
import io.dts.persistence.reward.RewardRepository;
import io.dts.persistence.signer.Signer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The protocol fee on each accepted partial signature: {@code floor(minStake × protocolFee / 100)},
 * from the signer's balance and, for what the balance cannot cover, from its locked stake (signing
 * is never refused over the fee; a stake that falls below min-stake makes the signer ineligible at
 * the next rotation). The fee goes to the partial-fee inflow, which a claim moves into the pool.
 */
@ApplicationScoped
public class Fees {

    @Inject
    NetworkRepository network;

    @Inject
    AccountRepository accounts;

    @Inject
    RewardRepository rewards;

    /**
     * Charges {@code signer}, whose row the caller holds locked, for {@code count} accepted partial
     * signatures, one after another: each from what the balance still holds, the rest from the stake.
     * This takes the account's row and then the inflow row, the last lock before the events.
     */
    public List<PartialFeeCharge> chargePartials(Signer signer, int count) {
        NetworkState state = network.state();
        long fee = ProtocolFee.of(state.getMinStake(), state.getProtocolFee());
        if (fee == 0 || count == 0) {
            return Collections.nCopies(count, new PartialFeeCharge(0, 0));
        }
        Account account = accounts.findForUpdate(signer.getName()).orElseThrow();
        List<PartialFeeCharge> charges = new ArrayList<>(count);
        long total = 0;
        for (int i = 0; i < count; i++) {
            long fromBalance = Math.min(fee, account.getBalance());
            long fromStake = Math.min(fee - fromBalance, signer.getStake());
            account.setBalance(account.getBalance() - fromBalance);
            account.setLockedStake(account.getLockedStake() - fromStake);
            signer.setStake(signer.getStake() - fromStake);
            charges.add(new PartialFeeCharge(fromBalance, fromStake));
            total += fromBalance + fromStake;
        }
        if (total > 0) {
            rewards.addPartialFee(total);
        }
        return charges;
    }
}
