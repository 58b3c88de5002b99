package io.dts.web;

import static io.dts.web.Api.OWNER;
import static io.dts.web.Api.OWNER_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v1/events/stream}: live events over server-sent events, filtered by type, resumable. */
@Tag(ApplicationIT.H2_ONLY)
abstract class EventStreamChecks extends DeployedDts {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    /** One SSE event as received: its id, name and JSON data. */
    record Received(long id, String name, JsonObject data) {
    }

    /** A client reading one stream in the background; closed after each test. */
    final class Listener implements AutoCloseable {
        final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
        final CompletableFuture<HttpResponse<Stream<String>>> response;

        Listener(String query, String lastEventId) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(api.base().resolve("api/v1/events/stream" + query))
                    .header("Accept", "text/event-stream");
            if (lastEventId != null) {
                request.header("Last-Event-ID", lastEventId);
            }
            response = client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines());
            // A thread of its own: the common pool may have a single thread on this machine, held by another listener.
            response.thenAccept(r -> {
                Thread reader = new Thread(() -> parse(r.body()), "sse-listener");
                reader.setDaemon(true);
                reader.start();
            });
            assertThat(response.get(PATIENCE.toSeconds(), TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }

        private void parse(Stream<String> lines) {
            try {
                read(lines);
            } catch (UncheckedIOException closed) {
                // the test closed the stream: the reading ends here
            }
        }

        private void read(Stream<String> lines) {
            long id = 0;
            String name = null;
            StringBuilder data = new StringBuilder();
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isEmpty()) {
                    if (data.length() > 0) {
                        received.add(new Received(id, name, Json.createReader(new StringReader(data.toString())).readObject()));
                    }
                    name = null;
                    data.setLength(0);
                } else if (line.startsWith("id:")) {
                    id = Long.parseLong(line.substring(3).trim());
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).trim());
                }
            }
        }

        /** The next {@code count} events, failing if they do not come within the patience. */
        List<Received> next(int count) throws InterruptedException {
            List<Received> events = new ArrayList<>();
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (events.size() < count) {
                Received event = received.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                assertThat(event).as("event %d of %d within %s", events.size() + 1, count, PATIENCE).isNotNull();
                events.add(event);
            }
            return events;
        }

        @Override
        public void close() {
            response.thenAccept(r -> r.body().close());
            response.cancel(true);
        }
    }

    // HTTP/1.1: one connection per stream, as browsers and SSE clients use them.
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<Listener> listeners = new ArrayList<>();

    private Listener listen(String query, String lastEventId) throws Exception {
        Listener listener = new Listener(query, lastEventId);
        listeners.add(listener);
        return listener;
    }

    @AfterEach
    void closeListeners() {
        listeners.forEach(Listener::close);
    }

    @Test
    void aSubscriberGetsEachNewEventOfItsTypesInOrderAndNothingElse() throws Exception {
        String alice = api.newAccount("streamed");
        Listener minted = listen("?types=TOKENS_MINTED", null);

        api.newAccount("other"); // ACCOUNT_CREATED: not asked for
        api.post("api/v1/accounts/" + alice + "/mint", "{\"amount\":5}", OWNER, OWNER_PASSWORD);
        api.post("api/v1/accounts/" + alice + "/mint", "{\"amount\":7}", OWNER, OWNER_PASSWORD);

        List<Received> events = minted.next(2);
        assertThat(events).extracting(Received::name).containsExactly("TOKENS_MINTED", "TOKENS_MINTED");
        assertThat(events.get(0).id()).isLessThan(events.get(1).id());
        assertThat(events).extracting(e -> e.data().getJsonObject("data").toString())
                .allSatisfy(d -> assertThat(d).contains(alice));
        assertThat(events.get(1).data().getInt("id")).isEqualTo((int) events.get(1).id());
    }

    @Test
    void aClientThatReconnectsWithLastEventIdMissesNothing() throws Exception {
        String bob = api.newAccount("resumer");
        Listener first = listen("?types=TOKENS_MINTED", null);
        api.post("api/v1/accounts/" + bob + "/mint", "{\"amount\":1}", OWNER, OWNER_PASSWORD);
        long seen = first.next(1).get(0).id();
        first.close();

        // While it is away, two more happen.
        api.post("api/v1/accounts/" + bob + "/mint", "{\"amount\":2}", OWNER, OWNER_PASSWORD);
        api.post("api/v1/accounts/" + bob + "/mint", "{\"amount\":3}", OWNER, OWNER_PASSWORD);
        Listener again = listen("?types=TOKENS_MINTED", Long.toString(seen));

        List<Received> missed = again.next(2);
        assertThat(missed).allSatisfy(e -> assertThat(e.id()).isGreaterThan(seen));
        assertThat(missed).extracting(e -> e.data().getJsonObject("data").getJsonNumber("amount").longValue())
                .containsExactly(2L, 3L);
    }

    @Test
    void anUnknownEventTypeIsA400With101BeforeAnyStreamOpens() throws Exception {
        HttpResponse<String> refused = client.send(HttpRequest.newBuilder(
                        api.base().resolve("api/v1/events/stream?types=TOKENS_MINTED,NO_SUCH_TYPE"))
                .header("Accept", "text/event-stream").timeout(PATIENCE).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(400);
        JsonObject error = Json.createReader(new StringReader(refused.body())).readObject();
        assertThat(error.getInt("code")).isEqualTo(101);
        assertThat(error.getString("message")).contains("NO_SUCH_TYPE");
    }
}
