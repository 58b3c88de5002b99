package io.dts.core.subscription;

import io.dts.core.error.DtsException;
import io.dts.core.error.ErrorCode;
import io.dts.core.events.EventFeed;
import io.dts.core.events.EventLog;
import io.dts.core.events.EventType;
import io.dts.core.network.NetworkRules;
import io.dts.persistence.subscription.EventSubscription;
import io.dts.persistence.subscription.SubscriptionRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * The seed's {@code subscribe-to-events}: an account subscribes a URL to events of some types (all
 * when none are named) and receives each new one there, signed with a secret only it was shown.
 */
@Stateless
public class SubscriptionService {

    static final int MAX_SUBSCRIPTIONS_PER_ACCOUNT = 20;
    static final int MAX_URL_LENGTH = 2000;

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    NetworkRules rules;

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    EventFeed feed;

    /**
     * Subscribes {@code url} to every event from now on of {@code types}.
     *
     * @throws DtsException 101 for an unknown type, a URL that is not absolute http(s) or too many
     *     subscriptions; 118 while paused
     */
    public SubscriptionView subscribe(String caller, List<String> types, String url) {
        rules.requireUnpaused(caller);
        Set<EventType> wanted = EventLog.types(types == null ? null : String.join(",", types));
        boolean all = types == null || types.isEmpty();
        URI target = webhookUrl(url);
        if (subscriptions.of(caller).stream().filter(EventSubscription::isActive).count() >= MAX_SUBSCRIPTIONS_PER_ACCOUNT) {
            throw new DtsException(ErrorCode.INVALID_PARAMS, "an account has at most " + MAX_SUBSCRIPTIONS_PER_ACCOUNT
                    + " active subscriptions");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        EventSubscription subscription = new EventSubscription(subscriptions.nextSubscriptionId(), caller,
                all ? List.of() : wanted.stream().map(Enum::name).sorted().toList(), target.toString(),
                HexFormat.of().formatHex(secret), feed.newestId(), rules.height());
        subscriptions.add(subscription);
        return SubscriptionView.of(subscription, true);
    }

    public List<SubscriptionView> subscriptionsOf(String caller) {
        return subscriptions.of(caller).stream().map(s -> SubscriptionView.of(s, false)).toList();
    }

    /**
     * Stops a subscription: no new event is queued for it; what was queued before is still delivered.
     *
     * @throws DtsException 122 for an unknown id; 100 for someone else's subscription
     */
    public SubscriptionView unsubscribe(String caller, long id) {
        EventSubscription subscription = mine(caller, id);
        subscriptions.findForUpdate(id).orElseThrow().setActive(false);
        return SubscriptionView.of(subscription, false);
    }

    /** The delivery log of one of my subscriptions, newest event first. */
    public List<DeliveryView> deliveries(String caller, long id, int limit) {
        mine(caller, id);
        return subscriptions.deliveries(id, Math.max(1, Math.min(limit, 1000))).stream().map(DeliveryView::of).toList();
    }

    private EventSubscription mine(String caller, long id) {
        EventSubscription subscription = subscriptions.find(id)
                .orElseThrow(() -> new DtsException(ErrorCode.NOT_FOUND, "no subscription " + id));
        if (!subscription.getAccount().equals(caller)) {
            throw new DtsException(ErrorCode.UNAUTHORIZED, "subscription " + id + " belongs to another account");
        }
        return subscription;
    }

    private static URI webhookUrl(String url) {
        if (url == null || url.isBlank() || url.length() > MAX_URL_LENGTH) {
            throw new DtsException(ErrorCode.INVALID_PARAMS, "url is required (an absolute http or https URL)");
        }
        try {
            URI uri = new URI(url.trim());
            if (!uri.isAbsolute() || uri.getHost() == null
                    || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
                throw new DtsException(ErrorCode.INVALID_PARAMS, "url must be an absolute http or https URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new DtsException(ErrorCode.INVALID_PARAMS, "url is not a valid URL");
        }
    }
}
