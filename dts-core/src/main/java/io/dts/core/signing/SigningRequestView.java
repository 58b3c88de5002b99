package io.dts.core.signing;

import java.util.List;

/**
 * A signing request as clients see it. {@code participants} are the signers whose partials make up
 * {@code aggregateSignature}; {@code participantBitfield} marks their committee indices (bit i of
 * byte i/8, hex). {@code completionMicros} is how long the network took from verifying the threshold-reaching
 * partial to COMPLETE (aggregate made, verified and stored). A request signed in threshold mode has a
 * {@code groupPublicKey} from the moment it opens and, once COMPLETE, a {@code groupSignature}: one plain
 * BLS signature under that key (its {@code aggregateSignature} stays null; the bitfield then marks DKG
 * indices).
 */
public record SigningRequestView(long id, String messageHash, long epoch, int threshold, String status,
        String requester, long openedHeight, long expiresHeight, List<Partial> partials, String aggregateSignature,
        List<String> participants, String participantBitfield, Long completedHeight, Long completionMicros,
        String groupSignature, String groupPublicKey) {

    /** A partial signature: who, what, at which height. */
    public record Partial(String signer, String signature, long height) {
    }
}
