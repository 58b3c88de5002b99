package io.dts.core.rewards;

import io.dts.persistence.account.Account;
import io.dts.persistence.account.AccountRepository;
import io.dts.persistence.network.NetworkRepository;
import io.dts.persistence.network.NetworkState;
import io.dts.persistence.reward.RewardRepository;
import io.dts.persistence.signer.Signer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

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
     * Charges {@code signer}, whose row the caller holds locked, for one accepted partial signature;
     * this takes the account's row and then the inflow row, the last lock before the events.
     */
    public PartialFeeCharge chargePartial(Signer signer) {
        NetworkState state = network.state();
        long fee = ProtocolFee.of(state.getMinStake(), state.getProtocolFee());
        if (fee == 0) {
            return new PartialFeeCharge(0, 0);
        }
        Account account = accounts.findForUpdate(signer.getName()).orElseThrow();
        long fromBalance = Math.min(fee, account.getBalance());
        long fromStake = Math.min(fee - fromBalance, signer.getStake());
        account.setBalance(account.getBalance() - fromBalance);
        account.setLockedStake(account.getLockedStake() - fromStake);
        signer.setStake(signer.getStake() - fromStake);
        PartialFeeCharge charge = new PartialFeeCharge(fromBalance, fromStake);
        if (charge.total() > 0) {
            rewards.addPartialFee(charge.total());
        }
        return charge;
    }
}
