package io.dts.core.crypto;

import java.util.Arrays;
import java.util.Objects;

/**
 * One (public key, message, signature) triple to check in {@link Bls#batchVerify}. The message is
 * copied in and out, so a set cannot change after it was made.
 */
public record SignatureSet(BlsPublicKey publicKey, byte[] message, BlsSignature signature) {

    /** A set over a copy of {@code message}; no argument may be null. */
    public SignatureSet {
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(signature, "signature");
        message = Objects.requireNonNull(message, "message").clone();
    }

    /** The signed message (a fresh copy). */
    @Override
    public byte[] message() {
        return message.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignatureSet set
                && publicKey.equals(set.publicKey)
                && Arrays.equals(message, set.message)
                && signature.equals(set.signature);
    }

    @Override
    public int hashCode() {
        return Objects.hash(publicKey, Arrays.hashCode(message), signature);
    }

    @Override
    public String toString() {
        return "SignatureSet[publicKey=" + publicKey.toHex() + ", message=" + Hex.encode(message)
                + ", signature=" + signature.toHex() + "]";
    }
}
