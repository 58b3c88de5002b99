package io.dts.core.crypto.dkg;

import io.dts.core.crypto.BlsPublicKey;
import java.math.BigInteger;
import supranational.blst.P1;

/**
 * G1 arithmetic for the DKG over jblst. Validated points cross into this package as {@link
 * BlsPublicKey} (decoded, in the subgroup, not the identity) and are decoded again here, because the
 * jblst point behind a key is private to {@code crypto}; a decompression costs far less than the
 * scalar multiplications that follow it.
 */
final class Points {

    static final BigInteger ORDER = io.dts.core.crypto.Threshold.ORDER;

    private Points() {
    }

    static P1 of(BlsPublicKey key) {
        return new P1(key.toBytes());
    }

    /** s·g; the identity for s ≡ 0 (jblst is not asked to multiply by zero). */
    static P1 generatorTimes(BigInteger s) {
        return times(P1.generator().dup(), s);
    }

    /** s·P, consuming {@code point}; the identity for s ≡ 0. */
    static P1 times(P1 point, BigInteger s) {
        BigInteger scalar = s.mod(ORDER);
        return scalar.signum() == 0 ? new P1() : point.mult(scalar);
    }

    static P1 times(BlsPublicKey key, BigInteger s) {
        return times(of(key), s);
    }

    /** A computed point as a key; throws {@code BlsException} IDENTITY for the point at infinity. */
    static BlsPublicKey key(P1 point) {
        return BlsPublicKey.fromBytes(point.compress());
    }

    /** The 48-byte compressed encoding; the identity is {@code c0 00…}. */
    static byte[] compressed(P1 point) {
        return point.compress();
    }
}
