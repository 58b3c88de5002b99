package io.dts.signer;

import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The two password-based key derivations EIP-2335 allows: scrypt (RFC 7914) and PBKDF2-HMAC-SHA256
 * (RFC 8018 §5.2), over raw password bytes. The JDK has PBKDF2 only over {@code char[]} (which it
 * encodes itself) and no scrypt, and the project carries no crypto provider, so both live here.
 */
final class Scrypt {

    private Scrypt() {
    }

    /** scrypt(P, S, N, r, p, dkLen) of RFC 7914 §6; {@code n} a power of two above 1. */
    static byte[] scrypt(byte[] password, byte[] salt, int n, int r, int p, int dkLen) {
        if (n < 2 || (n & (n - 1)) != 0 || r < 1 || p < 1 || (long) r * p >= 1 << 30) {
            throw new IllegalArgumentException("scrypt needs N a power of two above 1, r and p positive");
        }
        Mac mac = hmac(password);
        byte[] b = pbkdf2(mac, salt, 1, p * 128 * r);
        int[] v = new int[Math.multiplyExact(32 * r, n)];
        int[] x = new int[32 * r];
        int[] scratch = new int[32 * r];
        for (int i = 0; i < p; i++) {
            romix(b, i * 128 * r, r, n, v, x, scratch);
        }
        return pbkdf2(mac, b, 1, dkLen);
    }

    /** PBKDF2 with HMAC-SHA256 as the PRF (RFC 8018 §5.2). */
    static byte[] pbkdf2(byte[] password, byte[] salt, int iterations, int dkLen) {
        return pbkdf2(hmac(password), salt, iterations, dkLen);
    }

    private static byte[] pbkdf2(Mac mac, byte[] salt, int iterations, int dkLen) {
        byte[] out = new byte[dkLen];
        byte[] u = new byte[32];
        byte[] t = new byte[32];
        for (int block = 1, offset = 0; offset < dkLen; block++, offset += 32) {
            mac.update(salt);
            mac.update(new byte[] {(byte) (block >>> 24), (byte) (block >>> 16), (byte) (block >>> 8), (byte) block});
            doFinal(mac, u);
            System.arraycopy(u, 0, t, 0, 32);
            for (int i = 1; i < iterations; i++) {
                mac.update(u);
                doFinal(mac, u);
                for (int k = 0; k < 32; k++) {
                    t[k] ^= u[k];
                }
            }
            System.arraycopy(t, 0, out, offset, Math.min(32, dkLen - offset));
        }
        return out;
    }

    private static Mac hmac(byte[] password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            // SecretKeySpec refuses an empty key; HMAC pads keys with zeros to its block size, so
            // the empty key and the single zero byte are the same key.
            mac.init(new SecretKeySpec(password.length == 0 ? new byte[1] : password, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static void doFinal(Mac mac, byte[] into) {
        try {
            mac.doFinal(into, 0);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** scryptROMix (RFC 7914 §5) on the 128·r bytes of {@code b} at {@code offset}, in place. */
    private static void romix(byte[] b, int offset, int r, int n, int[] v, int[] x, int[] scratch) {
        int words = 32 * r;
        for (int i = 0; i < words; i++) {
            int at = offset + 4 * i;
            x[i] = (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (b[at + 3] & 0xff) << 24;
        }
        for (int i = 0; i < n; i++) {
            System.arraycopy(x, 0, v, i * words, words);
            blockMix(x, scratch, r);
        }
        for (int i = 0; i < n; i++) {
            int j = x[(2 * r - 1) * 16] & (n - 1);
            int base = j * words;
            for (int k = 0; k < words; k++) {
                x[k] ^= v[base + k];
            }
            blockMix(x, scratch, r);
        }
        for (int i = 0; i < words; i++) {
            int at = offset + 4 * i;
            b[at] = (byte) x[i];
            b[at + 1] = (byte) (x[i] >>> 8);
            b[at + 2] = (byte) (x[i] >>> 16);
            b[at + 3] = (byte) (x[i] >>> 24);
        }
    }

    /** scryptBlockMix (RFC 7914 §4) of the 2r 64-byte blocks in {@code b}, in place. */
    private static void blockMix(int[] b, int[] y, int r) {
        int[] x = new int[16];
        System.arraycopy(b, (2 * r - 1) * 16, x, 0, 16);
        for (int i = 0; i < 2 * r; i++) {
            for (int k = 0; k < 16; k++) {
                x[k] ^= b[i * 16 + k];
            }
            salsa20_8(x);
            // even blocks to the first half, odd ones to the second
            int to = (i % 2 == 0 ? i / 2 : r + i / 2) * 16;
            System.arraycopy(x, 0, y, to, 16);
        }
        System.arraycopy(y, 0, b, 0, 32 * r);
    }

    /** Salsa20/8 core (RFC 7914 §3). */
    private static void salsa20_8(int[] b) {
        int x0 = b[0], x1 = b[1], x2 = b[2], x3 = b[3], x4 = b[4], x5 = b[5], x6 = b[6], x7 = b[7];
        int x8 = b[8], x9 = b[9], x10 = b[10], x11 = b[11], x12 = b[12], x13 = b[13], x14 = b[14], x15 = b[15];
        for (int i = 0; i < 8; i += 2) {
            x4 ^= Integer.rotateLeft(x0 + x12, 7);
            x8 ^= Integer.rotateLeft(x4 + x0, 9);
            x12 ^= Integer.rotateLeft(x8 + x4, 13);
            x0 ^= Integer.rotateLeft(x12 + x8, 18);
            x9 ^= Integer.rotateLeft(x5 + x1, 7);
            x13 ^= Integer.rotateLeft(x9 + x5, 9);
            x1 ^= Integer.rotateLeft(x13 + x9, 13);
            x5 ^= Integer.rotateLeft(x1 + x13, 18);
            x14 ^= Integer.rotateLeft(x10 + x6, 7);
            x2 ^= Integer.rotateLeft(x14 + x10, 9);
            x6 ^= Integer.rotateLeft(x2 + x14, 13);
            x10 ^= Integer.rotateLeft(x6 + x2, 18);
            x3 ^= Integer.rotateLeft(x15 + x11, 7);
            x7 ^= Integer.rotateLeft(x3 + x15, 9);
            x11 ^= Integer.rotateLeft(x7 + x3, 13);
            x15 ^= Integer.rotateLeft(x11 + x7, 18);
            x1 ^= Integer.rotateLeft(x0 + x3, 7);
            x2 ^= Integer.rotateLeft(x1 + x0, 9);
            x3 ^= Integer.rotateLeft(x2 + x1, 13);
            x0 ^= Integer.rotateLeft(x3 + x2, 18);
            x6 ^= Integer.rotateLeft(x5 + x4, 7);
            x7 ^= Integer.rotateLeft(x6 + x5, 9);
            x4 ^= Integer.rotateLeft(x7 + x6, 13);
            x5 ^= Integer.rotateLeft(x4 + x7, 18);
            x11 ^= Integer.rotateLeft(x10 + x9, 7);
            x8 ^= Integer.rotateLeft(x11 + x10, 9);
            x9 ^= Integer.rotateLeft(x8 + x11, 13);
            x10 ^= Integer.rotateLeft(x9 + x8, 18);
            x12 ^= Integer.rotateLeft(x15 + x14, 7);
            x13 ^= Integer.rotateLeft(x12 + x15, 9);
            x14 ^= Integer.rotateLeft(x13 + x12, 13);
            x15 ^= Integer.rotateLeft(x14 + x13, 18);
        }
        b[0] += x0; b[1] += x1; b[2] += x2; b[3] += x3; b[4] += x4; b[5] += x5; b[6] += x6; b[7] += x7;
        b[8] += x8; b[9] += x9; b[10] += x10; b[11] += x11; b[12] += x12; b[13] += x13; b[14] += x14; b[15] += x15;
    }
}
