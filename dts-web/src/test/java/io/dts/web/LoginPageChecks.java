package io.dts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The portal's form login, driven as a browser without scripts would: GET the form, POST it, follow redirects. */
@Tag(ApplicationIT.H2_ONLY)
abstract class LoginPageChecks extends DeployedDts {

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(api.base());
    }

    @Test
    void accountPageSendsAnonymousVisitorsToTheLoginPage() throws Exception {
        HttpResponse<String> page = browser.get("account/index.xhtml");

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login.xhtml"));
    }

    @Test
    void signingInWithTheRightPasswordOpensMyAccountPage() throws Exception {
        String name = api.newAccount("webuser");

        HttpResponse<String> account = browser.follow(signIn(name, name + name));

        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body()).contains("My account").contains(name).contains("Sign out");
    }

    @Test
    void signingInWithAWrongPasswordShowsAnErrorAndNoAccount() throws Exception {
        String name = api.newAccount("webuser");

        HttpResponse<String> afterLogin = signIn(name, "not the password");

        assertThat(afterLogin.statusCode()).isEqualTo(200);
        assertThat(afterLogin.body()).contains("Wrong username or password");
        assertThat(browser.get("account/index.xhtml").statusCode()).isEqualTo(302);
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        String name = api.newAccount("webuser");
        signIn(name, name + name);
        HttpResponse<String> account = browser.get("account/index.xhtml");
        assertThat(account.statusCode()).isEqualTo(200);

        HttpResponse<String> loggedOut = browser.post("account/index.xhtml", "logout-form", "logout", Map.of(), account.body());

        assertThat(loggedOut.statusCode()).isIn(302, 303);
        assertThat(browser.get("account/index.xhtml").statusCode()).isEqualTo(302);
    }

    private HttpResponse<String> signIn(String username, String password) throws Exception {
        return browser.submit("login.xhtml", "login", "submit", Map.of("username", username, "password", password));
    }
}
