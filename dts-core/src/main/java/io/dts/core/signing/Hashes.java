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
        return parse(hex, "messageHash");
    }

    /** @throws DtsException 109 unless {@code hex}, the field {@code field}, is 32 bytes of hex */
    public static byte[] parse(String hex, String field) {
        byte[] bytes = bytes(hex, field, ErrorCode.INVALID_SIGNATURE_LENGTH);
        if (bytes.length != LENGTH) {
            throw new DtsException(ErrorCode.INVALID_SIGNATURE_LENGTH, field + " must be 32 bytes (64 hex characters)");
        }
        return bytes;
    }

    /** The bytes of hex field {@code field} ({@code 0x} accepted), of any length. @throws DtsException {@code code} */
    public static byte[] bytes(String hex, String field, ErrorCode code) {
        if (hex == null) {
            throw new DtsException(code, field + " is required (hex)");
        }
        String digits = hex.startsWith("0x") || hex.startsWith("0X") ? hex.substring(2) : hex;
        try {
            return HexFormat.of().parseHex(digits);
        } catch (IllegalArgumentException e) {
            throw new DtsException(code, field + " must be hex");
        }
    }

    /** SHA-256 of the message's UTF-8 bytes: what the network signs for a plain-text message. */
    public static byte[] sha256(String message) {
        return sha256(message.getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
