package io.dts.web.ui;

import static io.dts.web.Api.OWNER;
import static io.dts.web.Api.OWNER_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.dts.web.WebhookReceiver;
import io.dts.web.WebhookReceiver.Received;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** My subscriptions in a real browser: subscribe a webhook, keep its secret, watch its deliveries, stop it. */
public abstract class SubscriptionsInBrowserChecks extends UiTest {

    @Test
    void aSubscriptionMadeInThePageDeliversSignedEventsAndShowsItsLog() throws Exception {
        String name = api.newAccount("webhooker");
        try (WebhookReceiver receiver = WebhookReceiver.accepting()) {
            Chromium browser = chromium();
            browser.signIn(name, name + name);
            browser.click("subscriptions-link");

            browser.type("subscribe:url", "ftp://example.org/nope");
            browser.click("subscribe:submit");
            assertThat(browser.waitForText(By.cssSelector(".ui-growl"), "101")).contains("ERR-INVALID-PARAMS");

            browser.type("subscribe:url", receiver.url());
            browser.click("subscribe:submit");
            String secret = browser.waitFor(By.id("new-secret")).getText();
            assertThat(secret).hasSize(64);

            assertThat(api.post("api/v1/accounts/" + name + "/mint", "{\"amount\":77}", OWNER, OWNER_PASSWORD).status())
                    .isEqualTo(200);
            Received minted = receiver.awaitFirst("TOKENS_MINTED", Duration.ofSeconds(60));
            assertThat(minted.signedWith(secret)).isTrue();

            browser.click("mine:table:0:log");
            assertThat(browser.waitForText(By.id("log:deliveries"), "DELIVERED")).contains("TOKENS_MINTED");

            browser.click("mine:table:0:stop");
            browser.waitForText(By.id("mine:table"), "stopped");
            assertFitsAPhone(browser, "subscriptions/index.xhtml");
        }
    }
}
