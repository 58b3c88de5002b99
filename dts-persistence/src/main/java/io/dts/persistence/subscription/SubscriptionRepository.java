package io.dts.persistence.subscription;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Subscriptions and their webhook outbox. Joins the caller's transaction. */
@ApplicationScoped
public class SubscriptionRepository {

    @PersistenceContext(unitName = "dts")
    private EntityManager em;

    protected SubscriptionRepository() {
    }

    public SubscriptionRepository(EntityManager em) {
        this.em = em;
    }

    public long nextSubscriptionId() {
        em.createNativeQuery("UPDATE id_counter SET last_value = last_value + 1 WHERE name = 'event_subscription'")
                .executeUpdate();
        return ((Number) em.createNativeQuery("SELECT last_value FROM id_counter WHERE name = 'event_subscription'")
                .getSingleResult()).longValue();
    }

    public void add(EventSubscription subscription) {
        em.persist(subscription);
        em.flush();
    }

    public Optional<EventSubscription> find(long id) {
        return Optional.ofNullable(em.find(EventSubscription.class, id));
    }

    /** The subscription under its row lock: who holds it queues its new events; the others wait. */
    public Optional<EventSubscription> findForUpdate(long id) {
        EventSubscription found = em.find(EventSubscription.class, id);
        if (found != null) {
            em.refresh(found, LockModeType.PESSIMISTIC_WRITE);
        }
        return Optional.ofNullable(found);
    }

    public List<EventSubscription> of(String account) {
        return em.createQuery("SELECT s FROM EventSubscription s WHERE s.account = :account ORDER BY s.id",
                EventSubscription.class).setParameter("account", account).getResultList();
    }

    public List<Long> activeIds() {
        return em.createQuery("SELECT s.id FROM EventSubscription s WHERE s.active = TRUE ORDER BY s.id", Long.class)
                .getResultList();
    }

    /** Subscriptions that still owe a delivery: active ones, and stopped ones with deliveries queued before they stopped. */
    public List<Long> withPendingDeliveries() {
        return em.createQuery("SELECT DISTINCT d.subscriptionId FROM WebhookDelivery d WHERE d.status = 'PENDING'"
                + " ORDER BY d.subscriptionId", Long.class).getResultList();
    }

    public void add(WebhookDelivery delivery) {
        em.persist(delivery);
    }

    /** The oldest undelivered event of a subscription: deliveries go out in event order. */
    public Optional<WebhookDelivery> head(long subscriptionId) {
        return em.createQuery("SELECT d FROM WebhookDelivery d WHERE d.subscriptionId = :s AND d.status = 'PENDING'"
                        + " ORDER BY d.eventId", WebhookDelivery.class)
                .setParameter("s", subscriptionId).setMaxResults(1).getResultList().stream().findFirst();
    }

    /**
     * Takes a delivery for sending until {@code leaseUntil}, if it is still pending, due and nobody
     * holds it: a conditional update, so one instance sends it however many try.
     */
    public boolean claim(long subscriptionId, long eventId, long now, long leaseUntil) {
        return em.createQuery("UPDATE WebhookDelivery d SET d.leaseUntil = :lease WHERE d.subscriptionId = :s"
                        + " AND d.eventId = :e AND d.status = 'PENDING' AND d.nextAttemptAt <= :now AND d.leaseUntil < :now")
                .setParameter("lease", leaseUntil).setParameter("s", subscriptionId).setParameter("e", eventId)
                .setParameter("now", now).executeUpdate() == 1;
    }

    public Optional<WebhookDelivery> delivery(long subscriptionId, long eventId) {
        return Optional.ofNullable(em.find(WebhookDelivery.class, new WebhookDelivery.Key(subscriptionId, eventId)));
    }

    /** A subscription's deliveries, the newest event first. */
    public List<WebhookDelivery> deliveries(long subscriptionId, int limit) {
        return em.createQuery("SELECT d FROM WebhookDelivery d WHERE d.subscriptionId = :s ORDER BY d.eventId DESC",
                WebhookDelivery.class).setParameter("s", subscriptionId).setMaxResults(limit).getResultList();
    }
}
