package io.dts.core.subscription;

import io.dts.persistence.subscription.EventSubscription;
import java.util.List;

/**
 * A subscription as its owner sees it. {@code secret} (the HMAC key of its deliveries) is shown only
 * in the answer that creates it; elsewhere it is null.
 */
public record SubscriptionView(long id, List<String> types, String url, boolean active, long createdHeight,
        String secret) {

    static SubscriptionView of(EventSubscription s, boolean withSecret) {
        return new SubscriptionView(s.getId(), s.getTypes(), s.getUrl(), s.isActive(), s.getCreatedHeight(),
                withSecret ? s.getSecret() : null);
    }
}
