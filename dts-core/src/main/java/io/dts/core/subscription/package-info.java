/**
 * Event subscriptions (the seed's {@code subscribe-to-events}) delivered by webhook: a persisted
 * outbox, HMAC-SHA256-signed POSTs in event order per subscription, retries with backoff.
 */
package io.dts.core.subscription;
