package io.dts.core.crosschain;

import io.dts.persistence.crosschain.ExternalChain;
import java.util.List;

/** A registered chain as clients see it. */
public record ChainView(String chainId, String scheme, List<String> publicKeys, int verificationThreshold,
        long registeredHeight) {

    static ChainView of(ExternalChain chain) {
        return new ChainView(chain.getChainId(), chain.getScheme(), chain.getPublicKeys(),
                chain.getVerificationThreshold(), chain.getRegisteredHeight());
    }
}
