package io.dts.core.crypto.dkg;

/** Why the server refuses a deal bundle (THRESHOLD.md "Deal": malformed, incomplete, off-subgroup…). */
public enum DealFault {
    /** The bundle names another epoch than the session's. */
    WRONG_EPOCH,
    /** The bundle names another dealer index than the one posting it. */
    WRONG_DEALER,
    /** The bundle's t is not the session's threshold. */
    WRONG_THRESHOLD,
    /** Not exactly t commitments. */
    COMMITMENT_COUNT,
    /** A commitment is not 48 bytes encoding a subgroup point other than the identity. */
    COMMITMENT_INVALID,
    /** A receiver of the session has no encrypted share. */
    RECEIVER_MISSING,
    /** A receiver has more than one encrypted share. */
    RECEIVER_DUPLICATE,
    /** An encrypted share names an index that is no receiver of the session. */
    RECEIVER_UNKNOWN,
    /** An ephemeral key {@code R} is not 48 bytes encoding a subgroup point other than the identity. */
    EPHEMERAL_KEY_INVALID,
    /** A ciphertext is not 48 bytes. */
    CIPHERTEXT_LENGTH,
    /** The signature is missing, malformed, or not the dealer's over the bundle's digest. */
    SIGNATURE_INVALID,
    /** Resharing: {@code A_i0} is not the dealer's old public share {@code Y_i}. */
    OLD_SHARE_MISMATCH
}
