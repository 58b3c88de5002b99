package io.dts.core.crypto.dkg;

import io.dts.core.crypto.BlsPublicKey;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A bundle that passed {@link DealCheck}: decoded commitments and one encrypted share per receiver.
 *
 * @param sharesByReceiver the encrypted shares by receiver index
 */
public record VerifiedDeal(DealBundle bundle, List<BlsPublicKey> commitments,
        SortedMap<Integer, EncryptedShare> sharesByReceiver) {

    public VerifiedDeal {
        commitments = List.copyOf(commitments);
        sharesByReceiver = new TreeMap<>(sharesByReceiver);
    }

    @Override
    public SortedMap<Integer, EncryptedShare> sharesByReceiver() {
        return new TreeMap<>(sharesByReceiver);
    }

    public int dealerIndex() {
        return bundle.dealerIndex();
    }

    public long epoch() {
        return bundle.epoch();
    }

    /** The encrypted share for receiver {@code j}; throws if j is no receiver of this deal. */
    public EncryptedShare shareFor(int j) {
        EncryptedShare share = sharesByReceiver.get(j);
        if (share == null) {
            throw new IllegalArgumentException("receiver " + j + " has no share in deal " + dealerIndex());
        }
        return share;
    }
}
