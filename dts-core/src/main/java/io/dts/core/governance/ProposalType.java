package io.dts.core.governance;

/** What a proposal changes when it passes and executes. */
public enum ProposalType {
    /** Sets one network parameter ({@code parameter}, {@code value}). */
    PARAMETER_CHANGE,
    /** Removes a signer for good ({@code signer}). */
    SIGNER_REMOVAL,
    PAUSE,
    /** The one kind of proposal that may be created, voted on, finalized and executed while paused. */
    UNPAUSE
}
