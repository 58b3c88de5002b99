package io.dts.signer;

/** A keystore that cannot be opened: malformed, or the password does not match. Never carries a secret. */
public final class KeystoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Reason {
        /** Not an EIP-2335 version 4 keystore, or one this client refuses (unknown KDF, huge parameters). */
        MALFORMED,
        /** The checksum does not match: the wrong password (or a corrupted file). */
        WRONG_PASSWORD
    }

    private final Reason reason;

    public KeystoreException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
