package io.dts.web.pages;

import io.dts.core.error.DtsException;
import io.dts.core.events.EventType;
import io.dts.core.subscription.DeliveryView;
import io.dts.core.subscription.SubscriptionService;
import io.dts.core.subscription.SubscriptionView;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * My event subscriptions: subscribe a webhook URL to event types, see the signing secret once, stop a
 * subscription, and read each one's delivery log.
 */
@Named
@ViewScoped
public class SubscriptionsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int LOG_ROWS = 50;

    @Inject
    SubscriptionService subscriptions;

    private List<String> types = new ArrayList<>();
    private String url;
    private String newSecret;
    private Long selected;

    public List<SubscriptionView> getMine() {
        return subscriptions.subscriptionsOf(caller());
    }

    public List<String> getEventTypes() {
        return Arrays.stream(EventType.values()).map(Enum::name).toList();
    }

    public void subscribe() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            SubscriptionView created = subscriptions.subscribe(caller(), types, url);
            newSecret = created.secret();
            selected = created.id();
            faces.addMessage(null, Messages.done("Subscribed",
                    "Subscription " + created.id() + " posts " + (created.types().isEmpty() ? "every event" : String.join(", ", created.types()))
                            + " to " + created.url() + ". Copy its secret now: it is shown only once."));
            url = null;
            types = new ArrayList<>();
        } catch (DtsException e) {
            faces.addMessage(null, Messages.of(e));
        }
    }

    public void stop(long id) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            subscriptions.unsubscribe(caller(), id);
            faces.addMessage(null, Messages.done("Subscription stopped",
                    "Nothing new is queued for subscription " + id + "; what was queued is still delivered."));
        } catch (DtsException e) {
            faces.addMessage(null, Messages.of(e));
        }
    }

    public void show(long id) {
        selected = id;
    }

    public List<DeliveryView> getDeliveries() {
        return selected == null ? List.of() : subscriptions.deliveries(caller(), selected, LOG_ROWS);
    }

    public Long getSelected() {
        return selected;
    }

    public String getNewSecret() {
        return newSecret;
    }

    public List<String> getTypes() {
        return types;
    }

    public void setTypes(List<String> types) {
        this.types = types == null ? new ArrayList<>() : new ArrayList<>(types);
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    private static String caller() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }
}
