package io.dts.core.signer;

/**
 * Objective faults the network slashes for by itself, and how much: a share of the network's
 * min-stake (never more than the signer's remaining stake).
 */
public enum Fault {
    /** Slashed by the owner with an amount and evidence of its choosing. */
    OWNER(0),
    /** A partial signature that does not verify under the sender's key: 10 % of min-stake. */
    INVALID_PARTIAL_SIGNATURE(10),
    /** Signed fewer than half of an epoch's requests while in its committee: 5 % of min-stake. */
    INACTIVITY(5),
    /** A DKG dealer whose share a receiver proved wrong (a VALID complaint): 20 % of min-stake. */
    DKG_BAD_DEAL(20),
    /** A DKG complaint whose revealed share was in fact correct (a FALSE complaint): 10 % of min-stake. */
    DKG_FALSE_COMPLAINT(10),
    /** A DKG dealer, seated in the committee, who posted no bundle in the deal window: 5 % of min-stake. */
    DKG_SILENT_DEALER(5);

    private final int percentOfMinStake;

    Fault(int percentOfMinStake) {
        this.percentOfMinStake = percentOfMinStake;
    }

    long amount(long minStake, long stake) {
        return Math.min(stake, Math.max(1, minStake * percentOfMinStake / 100));
    }
}
