package io.dts.web.pages;

import io.dts.core.account.AccountService;
import io.dts.core.account.AccountView;
import io.dts.core.error.DtsException;
import io.dts.core.rewards.PoolView;
import io.dts.core.rewards.RewardService;
import io.dts.core.rewards.RewardView;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Rewards and the pool: what the pool holds and where it came from (anyone), the signed-in signer's
 * entitlements per epoch with a Claim button, and everyone's recent rewards.
 */
@Named
@ViewScoped
public class RewardsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int RECENT_ROWS = 50;

    @Inject
    RewardService rewards;

    @Inject
    AccountService accounts;

    // Read once per rendering (the getters are called many times while a page renders); a claim reads anew.
    private transient PoolView pool;
    private transient AccountView account;
    private transient List<RewardView> mine;
    private transient List<RewardView> recent;

    public PoolView getPool() {
        if (pool == null) {
            pool = rewards.pool();
        }
        return pool;
    }

    public boolean isSignedIn() {
        return caller() != null;
    }

    public AccountView getAccount() {
        if (account == null) {
            account = accounts.account(caller());
        }
        return account;
    }

    public List<RewardView> getMine() {
        if (mine == null) {
            mine = rewards.list(caller(), null, null, RewardService.MAX_PAGE);
        }
        return mine;
    }

    public List<RewardView> getRecent() {
        if (recent == null) {
            recent = rewards.list(null, null, null, RECENT_ROWS);
        }
        return recent;
    }

    public void claim(long epoch) {
        FacesContext faces = FacesContext.getCurrentInstance();
        pool = null;
        account = null;
        mine = null;
        recent = null;
        try {
            RewardView paid = rewards.claim(caller(), epoch);
            faces.addMessage(null, Messages.done("Reward claimed", paid.amount() + " micro-units for epoch " + epoch
                    + " moved from the pool to your balance."));
        } catch (DtsException e) {
            faces.addMessage(null, Messages.of(e));
        }
    }

    private static String caller() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }
}
