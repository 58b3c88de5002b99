package io.dts.web.pages;

import io.dts.core.crosschain.ChainView;
import io.dts.core.crosschain.CrossChainService;
import io.dts.core.crosschain.CrossChainTransactionView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Public: the chains DTS verifies for, and each chain's newest verified transactions. */
@Named
@RequestScoped
public class ChainsPage {

    static final int RECENT = 50;

    @Inject
    CrossChainService crossChain;

    private List<ChainView> chains;

    public List<ChainView> getChains() {
        if (chains == null) {
            chains = crossChain.chains();
        }
        return chains;
    }

    public List<CrossChainTransactionView> transactions(String chainId) {
        return crossChain.transactions(chainId, RECENT);
    }
}
