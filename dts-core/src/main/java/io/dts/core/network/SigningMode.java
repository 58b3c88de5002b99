package io.dts.core.network;

import io.dts.core.error.DtsException;
import io.dts.core.error.ErrorCode;

/**
 * How the network signs: {@code AGGREGATE}, each committee member with its own key and the result
 * an aggregate over the participants (DESIGN.md §5); {@code THRESHOLD}, the committee's shares of one
 * group key from a DKG, any t of them combining into one plain signature under that key (THRESHOLD.md).
 */
public enum SigningMode {
    AGGREGATE,
    THRESHOLD;

    /**
     * The mode named {@code name} (any case), or {@code absent} when no name is given.
     *
     * @throws DtsException 101 for any other name
     */
    public static SigningMode named(String name, SigningMode absent) {
        if (name == null) {
            return absent;
        }
        try {
            return valueOf(name.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DtsException(ErrorCode.INVALID_PARAMS, "signingMode must be AGGREGATE or THRESHOLD");
        }
    }
}
