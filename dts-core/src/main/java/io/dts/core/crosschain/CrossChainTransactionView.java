package io.dts.core.crosschain;

import io.dts.persistence.crosschain.CrossChainTransaction;
import java.util.List;

/**
 * A verified transaction: its data, the SHA-256 of the data (the signed message), the signatures that
 * verified and, for each of them in order, the index of the registered key it verified under.
 */
public record CrossChainTransactionView(String chainId, String txHash, String data, String messageHash,
        List<String> signatures, List<Integer> signerKeyIndices, String submittedBy, long height) {

    static CrossChainTransactionView of(CrossChainTransaction tx) {
        return new CrossChainTransactionView(tx.getChainId(), tx.getTxHash(), tx.getData(),
                ChainData.messageHashHex(tx.getData()), tx.getSignatures(), tx.getVerifiedKeys(),
                tx.getSubmittedBy(), tx.getHeight());
    }
}
