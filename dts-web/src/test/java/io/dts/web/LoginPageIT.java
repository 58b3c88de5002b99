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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The portal's form login, driven as a browser without scripts would: GET the form, POST it, follow redirects. */
class LoginPageIT extends DeployedDts {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    HttpClient browser;

    @BeforeEach
    void openBrowser() {
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Test
    void accountPageSendsAnonymousVisitorsToTheLoginPage() throws Exception {
        HttpResponse<String> page = get("account/index.xhtml");

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login.xhtml"));
    }

    @Test
    void signingInWithTheRightPasswordOpensMyAccountPage() throws Exception {
        String name = api.newAccount("webuser");

        HttpResponse<String> afterLogin = submitLogin(name, name + name);
        assertThat(afterLogin.statusCode()).isIn(302, 303);
        HttpResponse<String> account = get(URI.create(afterLogin.headers().firstValue("Location").orElseThrow()));

        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body()).contains("My account").contains(name).contains("Sign out");
    }

    @Test
    void signingInWithAWrongPasswordShowsAnErrorAndNoAccount() throws Exception {
        String name = api.newAccount("webuser");

        HttpResponse<String> afterLogin = submitLogin(name, "not the password");

        assertThat(afterLogin.statusCode()).isEqualTo(200);
        assertThat(afterLogin.body()).contains("Wrong username or password");
        assertThat(get("account/index.xhtml").statusCode()).isEqualTo(302);
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        String name = api.newAccount("webuser");
        submitLogin(name, name + name);
        HttpResponse<String> account = get("account/index.xhtml");
        assertThat(account.statusCode()).isEqualTo(200);

        Map<String, String> form = new LinkedHashMap<>();
        form.put("logout-form", "logout-form");
        form.put("logout-form:logout", "");
        form.put("jakarta.faces.ViewState", viewState(account.body()));
        HttpResponse<String> loggedOut = post("account/index.xhtml", form);

        assertThat(loggedOut.statusCode()).isIn(302, 303);
        assertThat(get("account/index.xhtml").statusCode()).isEqualTo(302);
    }

    private HttpResponse<String> submitLogin(String username, String password) throws Exception {
        HttpResponse<String> loginPage = get("login.xhtml");
        assertThat(loginPage.statusCode()).isEqualTo(200);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", username);
        form.put("login:password", password);
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", viewState(loginPage.body()));
        return post("login.xhtml", form);
    }

    private static String viewState(String html) {
        Matcher matcher = VIEW_STATE.matcher(html);
        assertThat(matcher.find()).as("page has a Faces view state").isTrue();
        return matcher.group(1).replace("&#58;", ":");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return get(api.base().resolve(path));
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return browser.send(HttpRequest.newBuilder(api.base().resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
