package io.dts.core.dkg;

/** Why a {@link DkgSession} refuses a move. */
public enum DkgError {
    /** The transition is not valid in the session's phase ({@link DkgTransition}). */
    WRONG_PHASE,
    /** The height is before the window the move belongs to. */
    TOO_EARLY,
    /** The height is past the window the move belongs to. */
    WINDOW_CLOSED,
    /** The index is no dealer of this session. */
    NOT_A_DEALER,
    /** The index is no receiver of this session. */
    NOT_A_RECEIVER,
    /** The dealer already has an accepted bundle. */
    DUPLICATE_DEAL,
    /** The receiver already complained about this dealer. */
    DUPLICATE_COMPLAINT,
    /** A complaint about a dealer with no accepted bundle. */
    NO_SUCH_DEAL,
    /** Completion names a qualified dealer without an accepted bundle. */
    NOT_QUALIFIABLE
}
