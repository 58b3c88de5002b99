package io.dts.core.crypto.dkg;

import io.dts.core.crypto.BlsPublicKey;
import java.util.Arrays;

/**
 * Receiver j's complaint against dealer i (THRESHOLD.md "Complain"): the shared point
 * {@code K_ij = sk_j·R_ij} and the 64-byte {@link Dleq} proof that it is.
 */
public record Complaint(int dealerIndex, int receiverIndex, BlsPublicKey sharedPoint, byte[] proof) {

    public Complaint {
        proof = proof.clone();
    }

    @Override
    public byte[] proof() {
        return proof.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Complaint c && dealerIndex == c.dealerIndex && receiverIndex == c.receiverIndex
                && sharedPoint.equals(c.sharedPoint) && Arrays.equals(proof, c.proof);
    }

    @Override
    public int hashCode() {
        return (31 * dealerIndex + receiverIndex) * 31 + sharedPoint.hashCode();
    }
}
