package io.dts.core.subscription;

import io.dts.core.events.EventFeed;
import io.dts.core.events.EventView;
import io.dts.persistence.subscription.EventSubscription;
import io.dts.persistence.subscription.SubscriptionRepository;
import io.dts.persistence.subscription.WebhookDelivery;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The webhook outbox, one short transaction per step: queue a subscription's new events (under its
 * row lock, moving its cursor in the same transaction), claim its oldest pending delivery, record
 * how a send went. Sending itself happens outside any transaction ({@link WebhookDispatcher}).
 */
@Stateless
public class WebhookOutbox {

    static final int QUEUE_BATCH = 500;

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    EventFeed feed;

    /** A delivery taken for sending: where, with which secret, and the exact body. */
    public record Claim(long subscriptionId, long eventId, String eventType, String url, String secret, String body) {
    }

    /** Queues the new events of an active subscription's types; answers how many were queued. */
    public int queueNewEvents(long subscriptionId) {
        EventSubscription subscription = subscriptions.findForUpdate(subscriptionId).orElse(null);
        if (subscription == null || !subscription.isActive()) {
            return 0;
        }
        List<EventView> events = feed.after(subscription.getCursor(), QUEUE_BATCH);
        List<String> types = subscription.getTypes();
        int queued = 0;
        long now = System.currentTimeMillis();
        for (EventView event : events) {
            if (types.isEmpty() || types.contains(event.type())) {
                subscriptions.add(new WebhookDelivery(subscriptionId, event.id(), event.type(), Delivery.PENDING, now));
                queued++;
            }
            subscription.setCursor(event.id());
        }
        return queued;
    }

    public List<Long> activeSubscriptions() {
        return subscriptions.activeIds();
    }

    public List<Long> subscriptionsOwed() {
        return subscriptions.withPendingDeliveries();
    }

    /** Takes the subscription's oldest pending delivery if it is due and nobody else holds it. */
    public Optional<Claim> claimNext(long subscriptionId) {
        Optional<WebhookDelivery> head = subscriptions.head(subscriptionId);
        long now = System.currentTimeMillis();
        if (head.isEmpty() || !subscriptions.claim(subscriptionId, head.get().getEventId(), now, now + Delivery.LEASE_MILLIS)) {
            return Optional.empty();
        }
        EventSubscription subscription = subscriptions.find(subscriptionId).orElseThrow();
        EventView event = feed.after(head.get().getEventId() - 1, 1).get(0);
        return Optional.of(new Claim(subscriptionId, event.id(), event.type(), subscription.getUrl(),
                subscription.getSecret(), body(event)));
    }

    /** Records a 2xx as delivered; anything else is an attempt that failed, retried later or given up. */
    public void record(Claim claim, Integer httpStatus, String error) {
        WebhookDelivery delivery = subscriptions.delivery(claim.subscriptionId(), claim.eventId()).orElseThrow();
        long now = System.currentTimeMillis();
        delivery.setAttempts(delivery.getAttempts() + 1);
        delivery.setLastStatus(httpStatus);
        delivery.setLastError(error == null ? null : error.substring(0, Math.min(error.length(), 500)));
        delivery.setLeaseUntil(0);
        if (httpStatus != null && httpStatus >= 200 && httpStatus < 300) {
            delivery.setStatus(Delivery.DELIVERED);
            delivery.setDeliveredAt(now);
        } else if (delivery.getAttempts() >= Delivery.MAX_ATTEMPTS) {
            delivery.setStatus(Delivery.FAILED);
        } else {
            delivery.setNextAttemptAt(now + Delivery.retryDelayMillis(delivery.getAttempts()));
        }
    }

    /** The event as {@code GET /api/v1/events} shows it. */
    static String body(EventView event) {
        JsonObjectBuilder body = JSON.createObjectBuilder().add("id", event.id()).add("height", event.height())
                .add("type", event.type());
        if (event.actor() == null) {
            body.addNull("actor");
        } else {
            body.add("actor", event.actor());
        }
        return body.add("data", event.data()).add("at", event.at().toString()).build().toString();
    }
}
