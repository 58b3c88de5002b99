package io.dts.core.crypto.dkg;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * RFC 9380 hash_to_field for one element of Z_r with expand_message_xmd over SHA-256, as the
 * complaint proof of THRESHOLD.md "Complain" needs it (the challenge {@code c}).
 */
final class HashToField {

    /** SHA-256 output and block sizes (b_in_bytes, s_in_bytes of RFC 9380 §5.3.1). */
    private static final int B_IN_BYTES = 32;
    private static final int S_IN_BYTES = 64;

    /** L = ceil((ceil(log2(r)) + k) / 8) = ceil((255 + 128) / 8) (RFC 9380 §5, k = 128). */
    static final int L = 48;

    private HashToField() {
    }

    /**
     * hash_to_field(msg, count = 1) of RFC 9380 §5.2 with m = 1, p = r: the first L bytes of
     * expand_message_xmd read as a big-endian integer, reduced mod r.
     */
    static BigInteger hashToScalar(byte[] message, byte[] dst) {
        return new BigInteger(1, expandMessageXmd(message, dst, L)).mod(Points.ORDER);
    }

    /** expand_message_xmd of RFC 9380 §5.3.1 with H = SHA-256. */
    static byte[] expandMessageXmd(byte[] message, byte[] dst, int lengthInBytes) {
        int ell = (lengthInBytes + B_IN_BYTES - 1) / B_IN_BYTES;
        if (ell > 255 || lengthInBytes > 65535 || dst.length > 255) {
            throw new IllegalArgumentException("expand_message_xmd: output or DST too long");
        }
        byte[] dstPrime = new byte[dst.length + 1];
        System.arraycopy(dst, 0, dstPrime, 0, dst.length);
        dstPrime[dst.length] = (byte) dst.length;

        MessageDigest sha = sha256();
        sha.update(new byte[S_IN_BYTES]); // Z_pad
        sha.update(message);
        sha.update(new byte[] {(byte) (lengthInBytes >>> 8), (byte) lengthInBytes, 0});
        sha.update(dstPrime);
        byte[] b0 = sha.digest();

        byte[] out = new byte[lengthInBytes];
        byte[] previous = new byte[B_IN_BYTES]; // b_0 XOR b_0 = 0 makes b_1 fit the loop
        for (int i = 1; i <= ell; i++) {
            byte[] mixed = new byte[B_IN_BYTES];
            for (int k = 0; k < B_IN_BYTES; k++) {
                mixed[k] = (byte) (b0[k] ^ previous[k]);
            }
            sha.update(mixed);
            sha.update((byte) i);
            sha.update(dstPrime);
            previous = sha.digest();
            System.arraycopy(previous, 0, out, (i - 1) * B_IN_BYTES,
                    Math.min(B_IN_BYTES, lengthInBytes - (i - 1) * B_IN_BYTES));
        }
        return out;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
