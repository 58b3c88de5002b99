package io.dts.core.signing;

import java.util.List;

/**
 * The answer to a partial signature: where its request stands now. Small on purpose (the request's
 * full view with every partial is at {@code GET /signing-requests/{id}}), so that answering a
 * committee of hundreds does not cost the server more than verifying their signatures. In threshold
 * mode {@code groupSignature} is set once COMPLETE and {@code aggregateSignature} stays null.
 */
public record PartialReceipt(long requestId, String messageHash, String signer, String status, int partials,
        int threshold, String aggregateSignature, String groupSignature, List<String> participants) {
}
