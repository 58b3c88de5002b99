package io.dts.core.crypto;

import java.util.HexFormat;

/** Hex decoding for the value types, failing only with {@link BlsException}. */
final class Hex {

    private static final HexFormat HEX = HexFormat.of();

    private Hex() {
    }

    /**
     * Decodes {@code hex} (optional {@code 0x} prefix, either case) into exactly {@code length}
     * bytes. The length is checked first, so a string of the wrong size is WRONG_LENGTH whatever it
     * contains; a string of the right size with a non-hex character is NOT_A_POINT.
     */
    static byte[] decode(String hex, int length, String what) {
        if (hex == null) {
            throw new BlsException(BlsException.Reason.WRONG_LENGTH, what + " is missing");
        }
        String digits = hex.startsWith("0x") || hex.startsWith("0X") ? hex.substring(2) : hex;
        if (digits.length() != 2 * length) {
            throw new BlsException(BlsException.Reason.WRONG_LENGTH,
                    what + " must be " + 2 * length + " hex digits, got " + digits.length());
        }
        try {
            return HEX.parseHex(digits);
        } catch (IllegalArgumentException e) {
            throw new BlsException(BlsException.Reason.NOT_A_POINT, what + " is not hex");
        }
    }

    static String encode(byte[] bytes) {
        return HEX.formatHex(bytes);
    }
}
