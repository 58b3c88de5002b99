/**
 * Signing: requests, partial signatures verified on arrival (in batches when they arrive together),
 * aggregation at the threshold exactly once, expiry, and the public verification service.
 */
package io.dts.core.signing;
