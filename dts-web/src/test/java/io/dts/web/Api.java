package io.dts.web;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/** A small REST client for the tests: JSON in, JSON out, HTTP Basic when given credentials. */
public final class Api {

    public static final String OWNER = "owner";
    public static final String OWNER_PASSWORD = System.getProperty("dts.ownerPassword", "it-owner-password");

    /** An answer: status, headers and the body (parsed when it is JSON). */
    public record Answer(int status, String body, HttpResponse<String> raw) {

        public JsonObject json() {
            JsonStructure parsed = Json.createReader(new StringReader(body)).read();
            return parsed.asJsonObject();
        }

        public int code() {
            return json().getInt("code");
        }

        public Optional<String> header(String name) {
            return raw.headers().firstValue(name);
        }

        public boolean isNull(String field) {
            return json().get(field) == JsonValue.NULL;
        }
    }

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final URI base;

    /** Talks to {@code base} on the loopback address, whatever host name the container reported. */
    public Api(URI base) {
        URI loopback = URI.create(base.getScheme() + "://127.0.0.1:" + base.getPort() + base.getPath());
        this.base = loopback.toString().endsWith("/") ? loopback : URI.create(loopback + "/");
    }

    public URI base() {
        return base;
    }

    public static java.util.List<JsonValue> parseArray(String json) {
        return Json.createReader(new StringReader(json)).readArray();
    }

    public static String uniqueName(String prefix) {
        return (prefix + "-" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase();
    }

    public Answer get(String path) {
        return send(request(path).GET(), null, null);
    }

    public Answer get(String path, String user, String password) {
        return send(request(path).GET(), user, password);
    }

    public Answer post(String path, String json) {
        return post(path, json, null, null);
    }

    public Answer post(String path, String json, String user, String password) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), user, password);
    }

    public Answer send(String method, String path, String user, String password) {
        return send(request(path).method(method, HttpRequest.BodyPublishers.noBody()), user, password);
    }

    public Answer send(String method, String path, String user, String password, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)), user, password);
    }

    public Answer sendRaw(String method, String path, String contentType, String body) {
        HttpRequest.Builder builder = request(path);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return send(builder, null, null);
    }

    /** Signs up a fresh account and returns its name; the password is the name twice. */
    public String newAccount(String prefix) {
        String name = uniqueName(prefix);
        Answer created = post("api/v1/accounts", "{\"username\":\"" + name + "\",\"password\":\"" + name + name + "\"}");
        if (created.status() != 201) {
            throw new AssertionError("sign-up failed: " + created.status() + " " + created.body());
        }
        return name;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
    }

    private Answer send(HttpRequest.Builder builder, String user, String password) {
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            builder.header("Authorization", "Basic " + token);
        }
        try {
            HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
