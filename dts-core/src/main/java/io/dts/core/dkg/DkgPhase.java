package io.dts.core.dkg;

/** The phases of a session (THRESHOLD.md "Sessions": deal window, complaint window, finalize). */
public enum DkgPhase {
    /** Dealers post bundles, until dealEnd = start + W. */
    DEAL,
    /** Receivers post complaints, until complaintEnd = dealEnd + W. */
    COMPLAIN,
    /** Finalized with a group key; terminal. */
    COMPLETE,
    /** Finalized without one (e.g. too few qualified dealers); terminal. */
    FAILED;

    /** Whether no transition leaves this phase. */
    public boolean terminal() {
        return DkgTransition.from(this).isEmpty();
    }
}
