package io.dts.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver for the tests: an HTTP server on 127.0.0.1 that records every delivery and
 * answers with the status its script gives for the n-th request (200 unless told otherwise).
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One POST as received. */
    public record Received(long eventId, String type, String signature, String body, long atMillis) {

        public JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        /** Whether the signature header is the HMAC-SHA256 of the body under {@code secret}. */
        public boolean signedWith(String secret) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                return ("sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8))))
                        .equals(signature);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<Long> attemptsRefused = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();

    private WebhookReceiver(IntUnaryOperator statusForRequest, Duration delay) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int n = requests.incrementAndGet();
            int status = statusForRequest.applyAsInt(n);
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (status >= 200 && status < 300) {
                // Recorded only when accepted, as a real receiver would keep it.
                received.add(new Received(Long.parseLong(exchange.getRequestHeaders().getFirst("X-DTS-Event-Id")),
                        exchange.getRequestHeaders().getFirst("X-DTS-Event-Type"),
                        exchange.getRequestHeaders().getFirst("X-DTS-Signature"),
                        new String(body, StandardCharsets.UTF_8), System.currentTimeMillis()));
            } else {
                attemptsRefused.add(System.currentTimeMillis());
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.setExecutor(Executors.newSingleThreadExecutor());
        server.start();
    }

    /** Accepts everything at once. */
    public static WebhookReceiver accepting() throws IOException {
        return new WebhookReceiver(n -> 200, Duration.ZERO);
    }

    /** Answers {@code status(n)} to the n-th request (counting accepted and refused), after {@code delay}. */
    public static WebhookReceiver scripted(IntUnaryOperator status, Duration delay) throws IOException {
        return new WebhookReceiver(status, delay);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** When the refused attempts came, in order (epoch milliseconds). */
    public List<Long> refusedAt() {
        return List.copyOf(attemptsRefused);
    }

    /** Waits until {@code count} deliveries have been accepted. */
    public List<Received> awaitAccepted(int count, Duration patience) throws InterruptedException {
        awaitAtLeast(count, this::received, patience, "deliveries accepted");
        return received();
    }

    /** The first delivery of an event of {@code type}, waiting for it: other events may arrive before it. */
    public Received awaitFirst(String type, Duration patience) throws InterruptedException {
        awaitAtLeast(1, () -> received().stream().filter(r -> type.equals(r.type())).toList(), patience, type + " deliveries");
        return received().stream().filter(r -> type.equals(r.type())).findFirst().orElseThrow();
    }

    /** The deliveries with repeats of an event id dropped, as a receiver keeping each event once would. */
    public List<Received> distinct() {
        java.util.Set<Long> seen = new java.util.HashSet<>();
        return received.stream().filter(r -> seen.add(r.eventId())).toList();
    }

    /** Waits until {@code count} different events have been accepted. */
    public void awaitDistinct(int count, Duration patience) throws InterruptedException {
        awaitAtLeast(count, this::distinct, patience, "different events accepted");
    }

    private static void awaitAtLeast(int count, java.util.function.Supplier<List<Received>> deliveries, Duration patience,
            String what) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (deliveries.get().size() < count && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(deliveries.get()).as("%s within %s", what, patience).hasSizeGreaterThanOrEqualTo(count);
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
