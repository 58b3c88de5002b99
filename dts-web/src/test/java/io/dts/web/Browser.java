package io.dts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser without scripts, for Faces pages: keeps cookies, GETs pages, POSTs their forms. */
final class Browser {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final URI base;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    Browser(URI base) {
        this.base = base;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(base.resolve(path));
    }

    HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Follows the redirect an answer carries. */
    HttpResponse<String> follow(HttpResponse<String> redirect) throws IOException, InterruptedException {
        assertThat(redirect.statusCode()).isIn(302, 303);
        return get(URI.create(redirect.headers().firstValue("Location").orElseThrow()));
    }

    /**
     * Submits the form {@code formId} of the page at {@code path}, as its button {@code button} would,
     * with {@code fields} named by their ids inside the form.
     */
    HttpResponse<String> submit(String path, String formId, String button, Map<String, String> fields)
            throws IOException, InterruptedException {
        HttpResponse<String> page = get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        return post(path, formId, button, fields, page.body());
    }

    HttpResponse<String> post(String path, String formId, String button, Map<String, String> fields, String pageHtml)
            throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        fields.forEach((id, value) -> form.put(formId + ":" + id, value));
        form.put(formId + ":" + button, "");
        form.put("jakarta.faces.ViewState", viewState(pageHtml));
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String viewState(String html) {
        Matcher matcher = VIEW_STATE.matcher(html);
        assertThat(matcher.find()).as("page has a Faces view state").isTrue();
        return matcher.group(1).replace("&#58;", ":");
    }
}
