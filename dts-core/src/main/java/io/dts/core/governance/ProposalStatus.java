package io.dts.core.governance;

/** Where a proposal stands. ACTIVE → REJECTED, or ACTIVE → QUEUED → EXECUTED | FAILED_EXECUTION. */
public enum ProposalStatus {
    /** Open for votes until its end height, then waiting to be finalized. */
    ACTIVE,
    /** Finalized without enough votes in favour or without a quorum. */
    REJECTED,
    /** Passed; waits for its execution height (the timelock). */
    QUEUED,
    /** Its change was applied, once. */
    EXECUTED,
    /** Passed, but its change was no longer valid at execution; nothing changed. */
    FAILED_EXECUTION
}
