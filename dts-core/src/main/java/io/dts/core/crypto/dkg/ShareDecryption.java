package io.dts.core.crypto.dkg;

import java.math.BigInteger;
import java.util.Objects;

/**
 * What a receiver (or the server, from a revealed shared point) gets out of an {@link
 * EncryptedShare}: the share, or why there is none. Either is a reason to complain.
 *
 * @param share the decrypted share in [0, r), or {@code null} on failure
 * @param failure why decryption failed, or {@code null} on success
 */
public record ShareDecryption(BigInteger share, Failure failure) {

    /** Why an encrypted share yields no share. */
    public enum Failure {
        /** {@code R} is not 48 bytes encoding a subgroup point other than the identity. */
        EPHEMERAL_KEY_INVALID,
        /** {@code c} is not 48 bytes (32-byte ciphertext and 16-byte tag). */
        CIPHERTEXT_LENGTH,
        /** The GCM tag does not verify under the derived key: wrong key, context or bytes. */
        AUTHENTICATION_FAILED,
        /** The plaintext is not below r, so it is no scalar. */
        SHARE_OUT_OF_RANGE
    }

    public ShareDecryption {
        if ((share == null) == (failure == null)) {
            throw new IllegalArgumentException("exactly one of share and failure");
        }
    }

    static ShareDecryption of(BigInteger share) {
        return new ShareDecryption(Objects.requireNonNull(share), null);
    }

    static ShareDecryption failed(Failure failure) {
        return new ShareDecryption(null, failure);
    }

    public boolean succeeded() {
        return share != null;
    }
}
