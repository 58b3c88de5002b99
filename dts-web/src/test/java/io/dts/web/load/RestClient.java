package io.dts.web.load;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** The load tool's REST client, loopback only: one HTTP/1.1 {@link HttpClient} for set-up calls and the load's pre-built calls. */
final class RestClient {

    /** A status and a body, read as JSON on demand. */
    record Answer(int status, String body) {
        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        /** The DTS error code of an error body; -1 when there is none. */
        int code() {
            try {
                return json().getInt("code");
            } catch (RuntimeException e) {
                return -1;
            }
        }

        @Override
        public String toString() {
            return status + " " + abbreviate(body, 400);
        }
    }

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    RestClient(URI base) {
        this.base = base;
    }

    Answer get(String path, String user, String password, int expected) {
        Answer answer = send(request(path, user, password).GET());
        return expect(answer, expected, "GET " + path);
    }

    Answer post(String path, String json, String user, String password) {
        return send(request(path, user, password).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Sends one pre-built call of the load on the shared client; failures are the caller's to count. */
    HttpResponse<byte[]> sendPrebuilt(HttpRequest call) throws IOException, InterruptedException {
        return http.send(call, HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest.Builder request(String path, String user, String password) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (user != null) {
            b.header("Authorization", basic(user, password));
        }
        return b;
    }

    private Answer send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new SetupFailure("no answer from " + base + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SetupFailure("interrupted");
        }
    }

    static Answer expect(Answer answer, int status, String what) {
        if (answer.status() != status) {
            throw new SetupFailure(what + ": expected " + status + ", got " + answer);
        }
        return answer;
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Only 127.0.0.1: "localhost" is rewritten, any other host refused. */
    static URI loopback(String url) {
        URI uri = URI.create(url.endsWith("/") ? url : url + "/");
        String host = uri.getHost();
        if (!"127.0.0.1".equals(host) && !"localhost".equals(host)) {
            throw new SetupFailure("this load generator talks only to 127.0.0.1, not " + host);
        }
        if (!"http".equals(uri.getScheme()) || uri.getPort() <= 0) {
            throw new SetupFailure("base must be http://127.0.0.1:<port>/, got " + url);
        }
        return URI.create("http://127.0.0.1:" + uri.getPort() + uri.getPath());
    }

    /** An answer's body (or a failure) on one line, cut at {@code max} characters. */
    static String abbreviate(String s, int max) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= max ? one : one.substring(0, max) + "...";
    }
}
