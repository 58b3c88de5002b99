package io.dts.web;

import static io.dts.web.Api.OWNER;
import static io.dts.web.Api.OWNER_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.dts.web.Api.Answer;
import io.dts.web.WebhookReceiver.Received;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Event subscriptions delivered by webhook inside Payara Micro: once each, signed, in order, retried. */
abstract class WebhookChecks extends DeployedDts {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private JsonObject subscribe(String user, String types, String url) {
        Answer created = api.post("api/v1/subscriptions", "{\"types\":[" + types + "],\"url\":\"" + url + "\"}",
                user, user + user);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private void mint(String account, long amount) {
        assertThat(api.post("api/v1/accounts/" + account + "/mint", "{\"amount\":" + amount + "}", OWNER, OWNER_PASSWORD)
                .status()).isEqualTo(200);
    }

    @Test
    void theReceiverGetsEachSubscribedEventOnceSignedAndInOrder() throws Exception {
        String user = api.newAccount("hooked");
        try (WebhookReceiver receiver = WebhookReceiver.accepting()) {
            JsonObject subscription = subscribe(user, "\"TOKENS_MINTED\"", receiver.url());
            String secret = subscription.getString("secret");

            for (int amount = 1; amount <= 5; amount++) {
                api.newAccount("noise"); // ACCOUNT_CREATED: not subscribed
                mint(user, amount);
            }

            List<Received> got = receiver.awaitAccepted(5, PATIENCE);
            assertThat(got).hasSize(5);
            assertThat(got).allSatisfy(r -> {
                assertThat(r.signedWith(secret)).as("HMAC of %s", r.body()).isTrue();
                assertThat(r.type()).isEqualTo("TOKENS_MINTED");
                assertThat(r.json().getJsonNumber("id").longValue()).isEqualTo(r.eventId());
            });
            assertThat(got).extracting(r -> r.json().getJsonObject("data").getJsonNumber("amount").longValue())
                    .containsExactly(1L, 2L, 3L, 4L, 5L);
            assertThat(got.get(0).signedWith("another secret")).isFalse();

            List<JsonValue> log = Api.parseArray(api.get("api/v1/subscriptions/" + subscription.getInt("id")
                    + "/deliveries", user, user + user).body());
            assertThat(log).hasSize(5).allSatisfy(entry -> {
                assertThat(entry.asJsonObject().getString("status")).isEqualTo("DELIVERED");
                assertThat(entry.asJsonObject().getInt("attempts")).isEqualTo(1);
                assertThat(entry.asJsonObject().getInt("lastStatus")).isEqualTo(200);
            });
        }
    }

    @Test
    void aFailingReceiverIsRetriedWithBackoffAndTheLogShowsEachAttempt() throws Exception {
        String user = api.newAccount("retried");
        try (WebhookReceiver receiver = WebhookReceiver.scripted(n -> n <= 2 ? 503 : 200, Duration.ZERO)) {
            JsonObject subscription = subscribe(user, "\"TOKENS_MINTED\"", receiver.url());

            mint(user, 42);

            Received delivered = receiver.awaitAccepted(1, PATIENCE).get(0);
            assertThat(delivered.json().getJsonObject("data").getInt("amount")).isEqualTo(42);
            List<Long> refused = receiver.refusedAt();
            assertThat(refused).hasSize(2);
            assertThat(refused.get(1) - refused.get(0)).as("first retry after about 1 s").isGreaterThanOrEqualTo(900);
            assertThat(delivered.atMillis() - refused.get(1)).as("second retry after about 2 s").isGreaterThanOrEqualTo(1_900);
            JsonObject entry = Api.parseArray(api.get("api/v1/subscriptions/" + subscription.getInt("id") + "/deliveries",
                    user, user + user).body()).get(0).asJsonObject();
            assertThat(entry.getString("status")).isEqualTo("DELIVERED");
            assertThat(entry.getInt("attempts")).isEqualTo(3);
        }
    }

    @Test
    void aStoppedSubscriptionGetsNoNewEvents() throws Exception {
        String user = api.newAccount("stopper");
        try (WebhookReceiver receiver = WebhookReceiver.accepting()) {
            JsonObject subscription = subscribe(user, "", receiver.url());
            mint(user, 1);
            receiver.awaitAccepted(1, PATIENCE);

            Answer stopped = api.send("DELETE", "api/v1/subscriptions/" + subscription.getInt("id"), user, user + user);
            assertThat(stopped.json().getBoolean("active")).isFalse();
            mint(user, 2);
            String marker = api.newAccount("marker");
            try (WebhookReceiver watcher = WebhookReceiver.accepting()) {
                subscribe(marker, "\"TOKENS_MINTED\"", watcher.url());
                mint(marker, 3);
                watcher.awaitAccepted(1, PATIENCE); // the dispatcher has run past the stopped one's events
            }
            assertThat(receiver.received()).hasSize(1);
        }
    }

    @Test
    void badSubscriptionsAndOtherPeoplesLogsAreRefusedWithTheirCodes() {
        String user = api.newAccount("subscriber");
        String other = api.newAccount("nosy");
        JsonObject mine = subscribe(user, "\"THRESHOLD_REACHED\"", "https://example.org/dts-hook");

        assertThat(api.post("api/v1/subscriptions", "{\"types\":[],\"url\":\"ftp://example.org/x\"}", user, user + user).code())
                .isEqualTo(101);
        assertThat(api.post("api/v1/subscriptions", "{\"types\":[],\"url\":\"/relative\"}", user, user + user).code())
                .isEqualTo(101);
        assertThat(api.post("api/v1/subscriptions", "{\"types\":[\"NO_SUCH_EVENT\"],\"url\":\"https://example.org/h\"}",
                user, user + user).code()).isEqualTo(101);
        assertThat(api.post("api/v1/subscriptions", "{\"types\":[],\"url\":\"https://example.org/h\"}").code()).isEqualTo(121);
        assertThat(api.get("api/v1/subscriptions/" + mine.getInt("id") + "/deliveries", other, other + other).code())
                .isEqualTo(100);
        assertThat(api.send("DELETE", "api/v1/subscriptions/" + mine.getInt("id"), other, other + other).code()).isEqualTo(100);
        assertThat(api.get("api/v1/subscriptions/999999999/deliveries", user, user + user).code()).isEqualTo(122);

        List<JsonValue> listed = Api.parseArray(api.get("api/v1/subscriptions", user, user + user).body());
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).asJsonObject().isNull("secret")).as("the secret is shown only once").isTrue();
        assertThat(listed.get(0).asJsonObject().getBoolean("active")).isTrue();
    }
}
