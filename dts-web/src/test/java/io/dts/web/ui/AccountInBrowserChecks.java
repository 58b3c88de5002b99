package io.dts.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.dts.web.Api;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Accounts in a real browser: sign up, sign in, see my balance, sign out. */
public abstract class AccountInBrowserChecks extends UiTest {

    @Test
    void aNewcomerSignsUpSignsInAndSeesTheirBalanceWithoutThePasswordInAnyUrl() throws Exception {
        String name = Api.uniqueName("browser");
        Chromium browser = chromium();

        browser.signUp(name, "correct horse battery");
        browser.signIn(name, "correct horse battery");
        browser.open("account/index.xhtml");

        assertThat(browser.waitForText(By.id("username"), name)).isEqualTo(name);
        assertThat(browser.waitFor(By.id("balance")).getText()).isEqualTo("0");
        assertThat(browser.waitFor(By.id("roles")).getText()).isEqualTo("USER");
        assertThat(browser.sentRequests()).allSatisfy(request ->
                assertThat(request.url()).doesNotContain("correct"));
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        String name = api.newAccount("leaver");
        Chromium browser = chromium();
        browser.signIn(name, name + name);

        browser.click("logout-form:logout");

        browser.waitFor(By.id("signin-link"));
        browser.open("account/index.xhtml");
        assertThat(browser.driver().getCurrentUrl()).contains("login");
    }
}
