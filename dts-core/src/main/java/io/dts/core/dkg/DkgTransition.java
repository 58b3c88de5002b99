package io.dts.core.dkg;

import java.util.EnumSet;
import java.util.Set;

/**
 * The one table of valid moves of a {@link DkgSession}: each transition leaves exactly one phase
 * for exactly one phase. A move attempted from any other phase is refused with {@link
 * DkgError#WRONG_PHASE}.
 */
public enum DkgTransition {
    /** A dealer's accepted bundle. */
    POST_DEAL(DkgPhase.DEAL, DkgPhase.DEAL),
    /** The deal window has passed: complaints open. */
    CLOSE_DEALS(DkgPhase.DEAL, DkgPhase.COMPLAIN),
    /** A receiver's complaint. */
    POST_COMPLAINT(DkgPhase.COMPLAIN, DkgPhase.COMPLAIN),
    /** Finalized with enough qualified dealers. */
    COMPLETE(DkgPhase.COMPLAIN, DkgPhase.COMPLETE),
    /** Finalized without a group key. */
    FAIL(DkgPhase.COMPLAIN, DkgPhase.FAILED);

    private final DkgPhase from;
    private final DkgPhase to;

    DkgTransition(DkgPhase from, DkgPhase to) {
        this.from = from;
        this.to = to;
    }

    public DkgPhase from() {
        return from;
    }

    public DkgPhase to() {
        return to;
    }

    /** The transitions valid in {@code phase}. */
    public static Set<DkgTransition> from(DkgPhase phase) {
        Set<DkgTransition> valid = EnumSet.noneOf(DkgTransition.class);
        for (DkgTransition t : values()) {
            if (t.from == phase) {
                valid.add(t);
            }
        }
        return valid;
    }
}
