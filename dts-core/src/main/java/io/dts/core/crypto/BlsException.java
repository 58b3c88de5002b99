package io.dts.core.crypto;

/**
 * Bytes that are not a valid key or signature. The only exception this package throws for
 * malformed input; {@link #reason()} says precisely what is wrong so that callers can map a wrong
 * length to its own error code.
 */
public class BlsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What is wrong with the bytes. */
    public enum Reason {
        /** Not the length the encoding requires (48, 96 or 32 bytes, or an IKM under 32 bytes). */
        WRONG_LENGTH,
        /** Not hex, not a compressed encoding, not canonical, or not a point on the curve. */
        NOT_A_POINT,
        /** A point on the curve but outside the prime-order subgroup. */
        NOT_IN_SUBGROUP,
        /** The identity (point at infinity), which is never a valid public key. */
        IDENTITY,
        /** A secret scalar that is zero or not below the group order r. */
        INVALID_SECRET_KEY
    }

    private final Reason reason;

    /** An exception for {@code reason}; {@code message} says which value and why, for logs. */
    public BlsException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** What is wrong, precisely enough to choose the error code. */
    public Reason reason() {
        return reason;
    }
}
