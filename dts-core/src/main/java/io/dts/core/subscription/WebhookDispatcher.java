package io.dts.core.subscription;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the webhook outbox. Every {@code DTS_WEBHOOK_INTERVAL_MILLIS} each instance queues the new
 * events of every active subscription, then sends each subscription's pending deliveries in event
 * order until one fails (it waits for its retry; the subscription's later events wait behind it) or
 * the subscription has nothing due. A delivery is claimed by a conditional update before it is sent,
 * so instances sharing a database never send the same one at the same time. Delivery is at least
 * once: a send whose outcome was not recorded (the process stopped in between) is sent again once its
 * claim expires, with the same {@code X-DTS-Event-Id}, by which receivers recognise a repeat.
 */
@Singleton
@Startup
@DependsOn("NetworkStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());

    /** Deliveries one subscription may take per run, so that one busy subscriber cannot starve the rest. */
    static final int PER_SUBSCRIPTION_PER_RUN = 200;

    @Resource
    TimerService timers;

    @Inject
    WebhookOutbox outbox;

    @Inject
    @ConfigProperty(name = "dts.webhook.interval-millis", defaultValue = "1000")
    long intervalMillis;

    @Inject
    @ConfigProperty(name = "dts.webhook.timeout-millis", defaultValue = "5000")
    long timeoutMillis;

    private final AtomicBoolean running = new AtomicBoolean();
    private volatile boolean stopping;
    private HttpClient http;

    @PostConstruct
    void start() {
        http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(timeoutMillis))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        timers.createIntervalTimer(intervalMillis, intervalMillis, new TimerConfig("WebhookDispatcher", false));
    }

    /** No new send starts; waits (a little longer than one send may take) for the one in flight to be recorded. */
    @PreDestroy
    void stop() {
        stopping = true;
        long deadline = System.currentTimeMillis() + timeoutMillis + 2_000;
        while (running.get() && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run() {
        if (stopping || !running.compareAndSet(false, true)) {
            return; // the previous run is still sending
        }
        try {
            for (long id : outbox.activeSubscriptions()) {
                outbox.queueNewEvents(id);
            }
            for (long id : outbox.subscriptionsOwed()) {
                sendDue(id);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "webhook run failed; trying again at the next run: " + e);
        } finally {
            running.set(false);
        }
    }

    private void sendDue(long subscriptionId) {
        for (int sent = 0; sent < PER_SUBSCRIPTION_PER_RUN && !stopping; sent++) {
            Optional<WebhookOutbox.Claim> claim = outbox.claimNext(subscriptionId);
            if (claim.isEmpty() || !send(claim.get())) {
                return;
            }
        }
    }

    /** POSTs one delivery and records the outcome; true when the receiver took it. */
    private boolean send(WebhookOutbox.Claim claim) {
        Integer status = null;
        String error = null;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(claim.url()))
                    .timeout(Duration.ofMillis(timeoutMillis))
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "DTS-Webhook")
                    .header("X-DTS-Event-Id", Long.toString(claim.eventId()))
                    .header("X-DTS-Event-Type", claim.eventType())
                    .header("X-DTS-Subscription", Long.toString(claim.subscriptionId()))
                    .header(Delivery.SIGNATURE_HEADER, Delivery.signature(claim.secret(), claim.body()))
                    .POST(HttpRequest.BodyPublishers.ofString(claim.body()))
                    .build();
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status < 200 || status >= 300) {
                error = "the receiver answered " + status;
            }
        } catch (IOException | IllegalArgumentException e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        outbox.record(claim, status, error);
        return error == null;
    }
}
