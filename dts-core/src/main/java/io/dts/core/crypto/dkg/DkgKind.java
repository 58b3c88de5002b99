package io.dts.core.crypto.dkg;

/** The two kinds of session (THRESHOLD.md "Sessions"). */
public enum DkgKind {
    /** No group key yet: random constants, group key = sum of the dealers' constants' commitments. */
    FRESH,
    /** A group key exists: the old shares are the constants and the group key stays. */
    RESHARE
}
