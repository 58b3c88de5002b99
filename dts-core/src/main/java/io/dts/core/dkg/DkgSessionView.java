package io.dts.core.dkg;

import java.util.List;

/**
 * A DKG session as clients see it (THRESHOLD.md "REST"): parameters, windows, participants, QUAL,
 * the group key and public shares once COMPLETE, or the failure reason. {@code groupPublicKey} is
 * the previous group key while a reshare runs.
 */
public record DkgSessionView(long epoch, String kind, int threshold, int previousThreshold, Long previousEpoch, String phase,
        long startHeight, long dealEndHeight, long complaintEndHeight, List<Dealer> dealers, List<Member> receivers,
        List<Integer> dealt, List<Integer> qualified, String groupPublicKey, List<PublicShare> publicShares,
        String failureReason, Long finalizedHeight) {

    /** A dealer: its index, name and registered key, and when resharing its old public share. */
    public record Dealer(int index, String name, String publicKey, String oldPublicShare) {
    }

    /** A receiver: its index (1-based committee position), name and registered key. */
    public record Member(int index, String name, String publicKey) {
    }

    /** A receiver's public share Y_j: its partials verify under it. */
    public record PublicShare(int index, String publicShare) {
    }
}
