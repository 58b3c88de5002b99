package io.dts.core.network;

/**
 * How the network signs: {@code AGGREGATE}, each committee member with its own key and the result
 * an aggregate over the participants (DESIGN.md §5); {@code THRESHOLD}, the committee's shares of one
 * group key from a DKG, any t of them combining into one plain signature under that key (THRESHOLD.md).
 */
public enum SigningMode {
    AGGREGATE,
    THRESHOLD
}
