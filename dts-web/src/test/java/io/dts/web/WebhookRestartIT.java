package io.dts.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.dts.web.Api.Answer;
import io.dts.web.WebhookReceiver.Received;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The webhook outbox survives a restart: the server is stopped (SIGTERM) in the middle of delivering
 * a burst of events and started again on the same data; the receiver still gets every event, in
 * order, each with a valid signature. Delivery is at least once: the one send in flight at the stop
 * may come again, with the same event id, and a receiver that drops repeats by {@code X-DTS-Event-Id}
 * (as this one does) has every event exactly once. Starts its own server through the Run script (H2).
 */
class WebhookRestartIT {

    private static final int EVENTS = 20;

    @Test
    void aRestartInTheMiddleOfDeliveryLosesNothingAndRepeatsAtMostTheSendInFlight() throws Exception {
        Path dataDir = RunScriptServer.freshDataDir("webhook-restart");
        Map<String, String> env = Map.of("DTS_OWNER_PASSWORD", Api.OWNER_PASSWORD);
        // A slow receiver, so that the stop comes while deliveries are still owed.
        try (WebhookReceiver receiver = WebhookReceiver.scripted(n -> 200, Duration.ofMillis(300))) {
            String secret;
            try (RunScriptServer server = RunScriptServer.start(dataDir, env)) {
                Api api = server.api();
                String user = api.newAccount("relay");
                Answer subscribed = api.post("api/v1/subscriptions", "{\"types\":[\"TOKENS_MINTED\"],\"url\":\""
                        + receiver.url() + "\"}", user, user + user);
                assertThat(subscribed.status()).as(subscribed.body()).isEqualTo(201);
                secret = subscribed.json().getString("secret");
                for (int amount = 1; amount <= EVENTS; amount++) {
                    assertThat(api.post("api/v1/accounts/" + user + "/mint", "{\"amount\":" + amount + "}",
                            Api.OWNER, Api.OWNER_PASSWORD).status()).isEqualTo(200);
                }
                receiver.awaitAccepted(3, Duration.ofSeconds(60));

                assertThat(server.stop()).isZero();
            }
            assertThat(receiver.received().size()).as("the stop came in the middle of delivery").isLessThan(EVENTS);

            try (RunScriptServer again = RunScriptServer.start(dataDir, env)) {
                receiver.awaitDistinct(EVENTS, Duration.ofSeconds(120));
                List<Received> all = receiver.received();
                List<Received> once = receiver.distinct();

                assertThat(all.size() - once.size()).as("repeats: at most the send in flight at the stop").isLessThanOrEqualTo(1);
                assertThat(once).extracting(Received::eventId).hasSize(EVENTS).isSorted();
                assertThat(once).extracting(r -> r.json().getJsonObject("data").getJsonNumber("amount").longValue())
                        .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, EVENTS).boxed().toList());
                assertThat(all).allSatisfy(r -> assertThat(r.signedWith(secret)).isTrue());
            }
        }
    }
}
