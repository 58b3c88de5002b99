package io.dts.core.subscription;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The rules of one webhook delivery: its states, its retry schedule and its signature header. */
final class Delivery {

    static final String PENDING = "PENDING";
    static final String DELIVERED = "DELIVERED";
    static final String FAILED = "FAILED";

    /** Attempts before a delivery is given up (FAILED) and the subscription's next event goes out. */
    static final int MAX_ATTEMPTS = 8;

    /** How long an instance may hold a delivery it is sending before another may try it. */
    static final long LEASE_MILLIS = 30_000;

    static final long FIRST_RETRY_MILLIS = 1_000;
    static final long LONGEST_RETRY_MILLIS = 300_000;

    /** The header that carries {@code sha256=<hex HMAC-SHA256 of the body under the subscription's secret>}. */
    static final String SIGNATURE_HEADER = "X-DTS-Signature";

    private Delivery() {
    }

    /** Wait before attempt {@code attemptsSoFar + 1}: 1 s, 2 s, 4 s … at most 5 minutes. */
    static long retryDelayMillis(int attemptsSoFar) {
        int doublings = Math.max(0, Math.min(attemptsSoFar - 1, 20));
        return Math.min(LONGEST_RETRY_MILLIS, FIRST_RETRY_MILLIS << doublings);
    }

    /** {@code sha256=} and the hex HMAC-SHA256 of {@code body} under the UTF-8 bytes of {@code secret}. */
    static String signature(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
