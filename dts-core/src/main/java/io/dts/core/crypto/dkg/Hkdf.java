package io.dts.core.crypto.dkg;

import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HKDF with HMAC-SHA256 (RFC 5869 §2), on the JDK's HMAC so no provider library is needed. */
final class Hkdf {

    private static final int HASH_LENGTH = 32;

    private Hkdf() {
    }

    /** HKDF-Extract then HKDF-Expand (RFC 5869 §2.2, §2.3) into {@code length} bytes. */
    static byte[] sha256(byte[] ikm, byte[] salt, byte[] info, int length) {
        if (length < 1 || length > 255 * HASH_LENGTH) {
            throw new IllegalArgumentException("HKDF-SHA256 gives 1 to 8160 bytes");
        }
        // RFC 5869 §2.2: an absent salt is HashLen zeros (HMAC would refuse an empty key).
        byte[] prk = hmac(salt.length == 0 ? new byte[HASH_LENGTH] : salt, ikm);
        byte[] okm = new byte[length];
        byte[] block = new byte[0];
        for (int i = 1, done = 0; done < length; i++) {
            Mac mac = mac(prk);
            mac.update(block);
            mac.update(info);
            mac.update((byte) i);
            block = mac.doFinal();
            int copy = Math.min(HASH_LENGTH, length - done);
            System.arraycopy(block, 0, okm, done, copy);
            done += copy;
        }
        return okm;
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        return mac(key).doFinal(data);
    }

    private static Mac mac(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }
}
