package io.dts.core.signing;

import java.util.List;

/**
 * The answer to a partial signature: where its request stands now. Small on purpose (the request's
 * full view with every partial is at {@code GET /signing-requests/{id}}), so that answering a
 * committee of hundreds does not cost the server more than verifying their signatures.
 */
public record PartialReceipt(long requestId, String messageHash, String signer, String status, int partials,
        int threshold, String aggregateSignature, List<String> participants) {
}
