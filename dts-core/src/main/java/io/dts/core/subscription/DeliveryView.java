package io.dts.core.subscription;

import io.dts.persistence.subscription.WebhookDelivery;

/** One entry of a subscription's delivery log. Times are epoch milliseconds. */
public record DeliveryView(long eventId, String eventType, String status, int attempts, Integer lastStatus,
        String lastError, Long nextAttemptAt, Long deliveredAt) {

    static DeliveryView of(WebhookDelivery d) {
        boolean pending = Delivery.PENDING.equals(d.getStatus());
        return new DeliveryView(d.getEventId(), d.getEventType(), d.getStatus(), d.getAttempts(), d.getLastStatus(),
                d.getLastError(), pending ? d.getNextAttemptAt() : null, d.getDeliveredAt());
    }
}
