package io.dts.core.crypto.dkg;

/** The outcome of adjudicating a complaint (THRESHOLD.md "Complain", "Finalize"). */
public enum ComplaintVerdict {
    /** The proof holds and the revealed share is wrong or undecryptable: the dealer is at fault. */
    VALID,
    /** The proof holds but the revealed share is correct: a false accusation by the complainer. */
    FALSE,
    /** The proof does not show that the revealed point is the complainer's: nothing is proven. */
    INVALID_PROOF
}
