package io.dts.web.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers for a short while that a username and password matched, so that a REST client sending
 * HTTP Basic on every call does not pay a full PBKDF2 verification each time. Holds only an
 * HMAC of the password under a key that lives in this JVM's memory and is never written anywhere.
 */
final class VerifiedCredentials {

    private static final int MAX_ENTRIES = 10_000;

    private record Entry(byte[] mac, long expiresAtNanos) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final SecretKeySpec key;
    private final long ttlNanos;

    VerifiedCredentials(long ttlSeconds) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.ttlNanos = ttlSeconds * 1_000_000_000L;
    }

    boolean contains(String username, String password) {
        Entry entry = entries.get(username);
        if (entry == null) {
            return false;
        }
        if (System.nanoTime() - entry.expiresAtNanos() > 0) {
            entries.remove(username, entry);
            return false;
        }
        return MessageDigest.isEqual(entry.mac(), mac(username, password));
    }

    void remember(String username, String password) {
        if (ttlNanos <= 0) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(username, new Entry(mac(username, password), System.nanoTime() + ttlNanos));
    }

    void forget(String username) {
        entries.remove(username);
    }

    private byte[] mac(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
