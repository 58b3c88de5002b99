package io.dts.core.signing;

import io.dts.core.error.DtsException;
import io.dts.core.error.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Message hashes: exactly 32 bytes, lower-case hex in JSON ({@code 0x} accepted on input). */
public final class Hashes {

    public static final int LENGTH = 32;

    private Hashes() {
    }

    /** @throws DtsException 109 unless {@code hex} is 32 bytes of hex */
    public static byte[] parse(String hex) {
        if (hex == null) {
            throw new DtsException(ErrorCode.INVALID_SIGNATURE_LENGTH, "messageHash is required (32 bytes, hex)");
        }
        String digits = hex.startsWith("0x") || hex.startsWith("0X") ? hex.substring(2) : hex;
        byte[] bytes;
        try {
            bytes = HexFormat.of().parseHex(digits);
        } catch (IllegalArgumentException e) {
            throw new DtsException(ErrorCode.INVALID_SIGNATURE_LENGTH, "messageHash must be 32 bytes of hex");
        }
        if (bytes.length != LENGTH) {
            throw new DtsException(ErrorCode.INVALID_SIGNATURE_LENGTH, "messageHash must be 32 bytes (64 hex characters)");
        }
        return bytes;
    }

    /** SHA-256 of the message's UTF-8 bytes: what the network signs for a plain-text message. */
    public static byte[] sha256(String message) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(message.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
