package io.dts.persistence.subscription;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/** An account's subscription to events of some types, delivered to a URL; the cursor is the last event queued. */
@Entity
@Table(name = "event_subscription")
public class EventSubscription {

    @Id
    @Column(name = "id", nullable = false)
    private long id;

    @Column(name = "account", nullable = false)
    private String account;

    @Column(name = "types", nullable = false)
    private String types;

    @Column(name = "url", nullable = false)
    private String url;

    @Column(name = "secret", nullable = false)
    private String secret;

    @Column(name = "cursor_event", nullable = false)
    private long cursor;

    @Column(name = "created_height", nullable = false)
    private long createdHeight;

    @Column(name = "active", nullable = false)
    private boolean active;

    protected EventSubscription() {
    }

    public EventSubscription(long id, String account, List<String> types, String url, String secret, long cursor,
            long createdHeight) {
        this.id = id;
        this.account = account;
        this.types = String.join(",", types);
        this.url = url;
        this.secret = secret;
        this.cursor = cursor;
        this.createdHeight = createdHeight;
        this.active = true;
    }

    public long getId() {
        return id;
    }

    public String getAccount() {
        return account;
    }

    /** The event types, empty for every type. */
    public List<String> getTypes() {
        return types.isEmpty() ? List.of() : Arrays.asList(types.split(","));
    }

    public String getUrl() {
        return url;
    }

    /** The HMAC-SHA256 key the deliveries are signed with (hex). */
    public String getSecret() {
        return secret;
    }

    public long getCursor() {
        return cursor;
    }

    public void setCursor(long cursor) {
        this.cursor = cursor;
    }

    public long getCreatedHeight() {
        return createdHeight;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
