package io.dts.signer;

import io.dts.core.crypto.BlsPublicKey;
import io.dts.core.crypto.BlsSignature;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The DTS REST API ({@code /api/v1}, DESIGN.md §6 and THRESHOLD.md "REST") as one signer uses it:
 * JSON over {@link HttpClient} with HTTP Basic on every call. Answers are returned as parsed JSON;
 * a 4xx/5xx answer is an {@link ApiException} carrying the DTS error body, a transport failure an
 * {@link UncheckedIOException}.
 */
public final class SignerClient {

    /** The batch size the server takes in one {@code POST /partial-signatures/batch}. */
    public static final int MAX_BATCH = 256;

    /** One partial signature to submit: the request's message hash and the signature, both hex. */
    public record PartialSignature(String messageHash, String signature) {

        public PartialSignature {
            Objects.requireNonNull(messageHash, "messageHash");
            Objects.requireNonNull(signature, "signature");
        }
    }

    private final URI api;
    private final String user;
    private final String authorization;
    private final HttpClient http;
    private final Duration timeout;

    /**
     * A client of the server at {@code server}: either the application's root (e.g.
     * {@code http://localhost:8080/}, {@code http://host:port/dts-web/}) or its API root ending in
     * {@code /api/v1}.
     */
    public SignerClient(URI server, String user, char[] password) {
        this(server, user, password, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(),
                Duration.ofSeconds(30));
    }

    public SignerClient(URI server, String user, char[] password, HttpClient http, Duration timeout) {
        this.api = apiRoot(server);
        this.user = Objects.requireNonNull(user, "user");
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(credentials(user, password));
        this.http = http;
        this.timeout = timeout;
    }

    /** The account (and signer) name this client acts as. */
    public String user() {
        return user;
    }

    /** The API root, ending in {@code /api/v1/}. */
    public URI apiRoot() {
        return api;
    }

    /** {@code GET /network}. */
    public JsonObject network() {
        return (JsonObject) send("GET", "network", null);
    }

    /** {@code POST /signers {publicKey, proofOfPossession, stake}}: registers the caller; answers {@code {signer, active}}. */
    public JsonObject registerSigner(BlsPublicKey publicKey, BlsSignature proofOfPossession, long stake) {
        return (JsonObject) send("POST", "signers", Json.createObjectBuilder()
                .add("publicKey", publicKey.toHex())
                .add("proofOfPossession", proofOfPossession.toHex())
                .add("stake", stake).build());
    }

    /** {@code GET /epochs/{n}}: the committee (index, signer, publicKey), threshold, start height. */
    public JsonObject epoch(long number) {
        return (JsonObject) send("GET", "epochs/" + number, null);
    }

    /** {@code GET /signing-requests?status=&epoch=&after=&limit=}, oldest first after the id {@code after}. */
    public List<JsonObject> signingRequests(String status, Long epoch, long after, int limit) {
        StringBuilder query = new StringBuilder("signing-requests?after=").append(after).append("&limit=").append(limit);
        if (status != null) {
            query.append("&status=").append(URLEncoder.encode(status, StandardCharsets.UTF_8));
        }
        if (epoch != null) {
            query.append("&epoch=").append(epoch);
        }
        return JsonValues.objects(send("GET", query.toString(), null));
    }

    /**
     * {@code POST /partial-signatures/batch}: at most {@link #MAX_BATCH} partials of the caller;
     * answers one result per partial in order, {@code {status, receipt}} or {@code {status, code, error, message}}.
     */
    public List<JsonObject> submitPartials(List<PartialSignature> partials) {
        if (partials.isEmpty() || partials.size() > MAX_BATCH) {
            throw new IllegalArgumentException("a batch holds 1.." + MAX_BATCH + " partials");
        }
        JsonArrayBuilder array = Json.createArrayBuilder();
        partials.forEach(p -> array.add(Json.createObjectBuilder().add("messageHash", p.messageHash())
                .add("signature", p.signature())));
        JsonValue answer = send("POST", "partial-signatures/batch", Json.createObjectBuilder().add("partials", array).build());
        return JsonValues.objects(answer instanceof JsonObject o ? o.get("results") : answer);
    }

    /** {@code GET /dkg/sessions/current}, or empty when there is none (404). */
    public Optional<JsonObject> currentDkgSession() {
        return optional("dkg/sessions/current");
    }

    /** {@code GET /dkg/sessions/{epoch}}, or empty when there is none (404). */
    public Optional<JsonObject> dkgSession(long epoch) {
        return optional("dkg/sessions/" + epoch);
    }

    /** {@code GET /dkg/sessions/{epoch}/deals}: the accepted bundles (each with the height it arrived). */
    public List<JsonObject> dkgDeals(long epoch) {
        return listOf(send("GET", "dkg/sessions/" + epoch + "/deals", null), "deals");
    }

    /** {@code POST /dkg/sessions/{epoch}/deals} with {@code {dealerIndex, commitments, shares, signature}}. */
    public JsonValue postDeal(long epoch, JsonObject bundle) {
        return send("POST", "dkg/sessions/" + epoch + "/deals", bundle);
    }

    /** {@code GET /dkg/sessions/{epoch}/complaints}: complaints with their verdict. */
    public List<JsonObject> dkgComplaints(long epoch) {
        return listOf(send("GET", "dkg/sessions/" + epoch + "/complaints", null), "complaints");
    }

    /** {@code POST /dkg/sessions/{epoch}/complaints} with {@code {dealerIndex, receiverIndex, sharedKey, proof}}. */
    public JsonValue postComplaint(long epoch, JsonObject complaint) {
        return send("POST", "dkg/sessions/" + epoch + "/complaints", complaint);
    }

    private Optional<JsonObject> optional(String path) {
        try {
            return send("GET", path, null) instanceof JsonObject o ? Optional.of(o) : Optional.empty();
        } catch (ApiException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** A bare array, or the array under {@code field} of an object (a paged or wrapped answer). */
    private static List<JsonObject> listOf(JsonValue answer, String field) {
        return JsonValues.objects(answer instanceof JsonObject o ? o.get(field) : answer);
    }

    /** Sends one call; the parsed answer ({@link JsonValue#NULL} for an empty body). */
    public JsonValue send(String method, String path, JsonStructure body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.resolve(path)).timeout(timeout)
                .header("Authorization", authorization).header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + api.resolve(path) + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException(method + " " + path + " interrupted", e));
        }
        JsonValue answer = parse(response.body());
        if (response.statusCode() >= 400) {
            JsonObject error = answer instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
            long code = JsonValues.number(error, "code", -1);
            throw new ApiException(response.statusCode(), code < 0 ? null : (int) code, JsonValues.string(error, "error"),
                    JsonValues.string(error, "message"));
        }
        return answer;
    }

    private static JsonValue parse(String body) {
        if (body == null || body.isBlank()) {
            return JsonValue.NULL;
        }
        try {
            return Json.createReader(new StringReader(body)).readValue();
        } catch (JsonException | IllegalStateException e) {
            return JsonValue.NULL;
        }
    }

    static URI apiRoot(URI server) {
        String s = Objects.requireNonNull(server, "server").toString();
        if (!s.startsWith("http://") && !s.startsWith("https://")) {
            throw new IllegalArgumentException("the server is an http:// or https:// URL, got " + s);
        }
        String base = s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
        return URI.create(base.endsWith("/api/v1") ? base + "/" : base + "/api/v1/");
    }

    /** {@code user:password} in UTF-8, the Basic credentials (RFC 7617 with charset UTF-8). */
    private static byte[] credentials(String user, char[] password) {
        char[] both = new char[user.length() + 1 + password.length];
        user.getChars(0, user.length(), both, 0);
        both[user.length()] = ':';
        System.arraycopy(password, 0, both, user.length() + 1, password.length);
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(both));
        Arrays.fill(both, '\0');
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        return bytes;
    }

    @Override
    public String toString() {
        return "SignerClient[" + user + " at " + api + "]";
    }
}
