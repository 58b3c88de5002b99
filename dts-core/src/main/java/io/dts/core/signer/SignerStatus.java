package io.dts.core.signer;

/** Where a signer stands (DESIGN.md §6). */
public enum SignerStatus {
    /** In the current committee. */
    PRIMARY,
    /** Registered and waiting for a seat. */
    BACKUP,
    /** Out of the committee for good after more than two slashes. */
    REMOVED,
    /** Left the committee of its own accord (or by the owner). */
    EXITED
}
