package io.dts.core.crypto.dkg;

import io.dts.core.crypto.BlsSecretKey;
import java.math.BigInteger;
import java.security.SecureRandom;

/** Scalars of Z_r as THRESHOLD.md encodes them: 32 bytes, big-endian. */
final class Scalars {

    static final int LENGTH = 32;

    private Scalars() {
    }

    /** The 32-byte big-endian encoding of {@code value} mod r. */
    static byte[] toBytes(BigInteger value) {
        byte[] raw = value.mod(Points.ORDER).toByteArray();
        byte[] out = new byte[LENGTH];
        int copy = Math.min(raw.length, LENGTH);
        System.arraycopy(raw, raw.length - copy, out, LENGTH - copy, copy);
        return out;
    }

    static BigInteger of(BlsSecretKey key) {
        return new BigInteger(1, key.toBytes());
    }

    /** A uniform scalar in [1, r): 48 random bytes reduced mod r, so the bias is below 2^-128. */
    static BigInteger random(SecureRandom random) {
        byte[] bytes = new byte[48];
        BigInteger scalar;
        do {
            random.nextBytes(bytes);
            scalar = new BigInteger(1, bytes).mod(Points.ORDER);
        } while (scalar.signum() == 0);
        return scalar;
    }

    /** {@code value} itself if it lies in [1, r). */
    static BigInteger requireNonZero(BigInteger value, String what) {
        if (value.signum() <= 0 || value.compareTo(Points.ORDER) >= 0) {
            throw new IllegalArgumentException(what + " must be in [1, r)");
        }
        return value;
    }
}
