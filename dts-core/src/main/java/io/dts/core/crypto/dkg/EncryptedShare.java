package io.dts.core.crypto.dkg;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * One receiver's entry of a deal bundle (THRESHOLD.md "Deal" step 3): the ephemeral key {@code R}
 * (48 bytes, compressed G1) and {@code c}, the AES-256-GCM ciphertext of the 32-byte share followed
 * by its 16-byte tag. Raw bytes as posted: {@link DealCheck} decides whether they are well formed.
 */
public record EncryptedShare(int receiverIndex, byte[] ephemeralKey, byte[] ciphertext) {

    public EncryptedShare {
        ephemeralKey = ephemeralKey.clone();
        ciphertext = ciphertext.clone();
    }

    @Override
    public byte[] ephemeralKey() {
        return ephemeralKey.clone();
    }

    @Override
    public byte[] ciphertext() {
        return ciphertext.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EncryptedShare e && receiverIndex == e.receiverIndex
                && Arrays.equals(ephemeralKey, e.ephemeralKey) && Arrays.equals(ciphertext, e.ciphertext);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * receiverIndex + Arrays.hashCode(ephemeralKey)) + Arrays.hashCode(ciphertext);
    }

    @Override
    public String toString() {
        return "EncryptedShare[" + receiverIndex + ", R=" + HexFormat.of().formatHex(ephemeralKey) + ", c="
                + HexFormat.of().formatHex(ciphertext) + "]";
    }
}
