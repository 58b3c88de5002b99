package io.dts.persistence.subscription;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.util.Objects;

/** One event owed to one subscription's URL: its attempts so far and when the next one is due. */
@Entity
@Table(name = "webhook_delivery")
@IdClass(WebhookDelivery.Key.class)
public class WebhookDelivery {

    /** The composite primary key (an IdClass needs a no-argument constructor, so not a record). */
    public static class Key implements java.io.Serializable {

        private static final long serialVersionUID = 1L;

        private long subscriptionId;
        private long eventId;

        public Key() {
        }

        public Key(long subscriptionId, long eventId) {
            this.subscriptionId = subscriptionId;
            this.eventId = eventId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && subscriptionId == k.subscriptionId && eventId == k.eventId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(subscriptionId, eventId);
        }
    }

    @Id
    @Column(name = "subscription_id", nullable = false)
    private long subscriptionId;

    @Id
    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Column(name = "event_type", nullable = false)
    private String eventType;

    @Column(name = "status", nullable = false)
    private String status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private long nextAttemptAt;

    @Column(name = "lease_until", nullable = false)
    private long leaseUntil;

    @Column(name = "last_status")
    private Integer lastStatus;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "delivered_at")
    private Long deliveredAt;

    protected WebhookDelivery() {
    }

    public WebhookDelivery(long subscriptionId, long eventId, String eventType, String status, long nextAttemptAt) {
        this.subscriptionId = subscriptionId;
        this.eventId = eventId;
        this.eventType = eventType;
        this.status = status;
        this.nextAttemptAt = nextAttemptAt;
    }

    public long getSubscriptionId() {
        return subscriptionId;
    }

    public long getEventId() {
        return eventId;
    }

    public String getEventType() {
        return eventType;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public int getAttempts() {
        return attempts;
    }

    public void setAttempts(int attempts) {
        this.attempts = attempts;
    }

    public long getNextAttemptAt() {
        return nextAttemptAt;
    }

    public void setNextAttemptAt(long nextAttemptAt) {
        this.nextAttemptAt = nextAttemptAt;
    }

    public long getLeaseUntil() {
        return leaseUntil;
    }

    public void setLeaseUntil(long leaseUntil) {
        this.leaseUntil = leaseUntil;
    }

    public Integer getLastStatus() {
        return lastStatus;
    }

    public void setLastStatus(Integer lastStatus) {
        this.lastStatus = lastStatus;
    }

    public String getLastError() {
        return lastError;
    }

    public void setLastError(String lastError) {
        this.lastError = lastError;
    }

    public Long getDeliveredAt() {
        return deliveredAt;
    }

    public void setDeliveredAt(Long deliveredAt) {
        this.deliveredAt = deliveredAt;
    }
}
