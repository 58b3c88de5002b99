/** Event subscriptions and the webhook outbox. */
package io.dts.persistence.subscription;
