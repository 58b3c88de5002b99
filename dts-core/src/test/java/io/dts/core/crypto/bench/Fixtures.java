package io.dts.core.crypto.bench;

import io.dts.core.crypto.BlsSecretKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Deterministic keys and messages for the benchmarks: the same for every run. */
final class Fixtures {

    private Fixtures() {
    }

    /** The key made by KeyGen from SHA-256("dts-bench-key-" + i) (32 bytes, as KeyGen needs). */
    static BlsSecretKey key(int i) {
        return BlsSecretKey.fromSeed(sha256("dts-bench-key-" + i));
    }

    /** A 32-byte message, SHA-256("dts-bench-message-" + i): the size of a digest to be signed. */
    static byte[] message(int i) {
        return sha256("dts-bench-message-" + i);
    }

    /** Fails the setup, and so the run, rather than time a path the product never takes. */
    static void check(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("benchmark fixture broken: " + what);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
