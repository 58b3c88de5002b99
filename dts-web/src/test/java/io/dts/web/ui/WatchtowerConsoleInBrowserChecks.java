package io.dts.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.dts.web.Api.Answer;
import io.dts.web.Contract;
import io.dts.web.Contract.TestSigner;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The watchtower console in a real browser: register, report, and the 108 rule mirrored in the page. */
public abstract class WatchtowerConsoleInBrowserChecks extends UiTest {

    /** The report button's id as the page's Ajax request names it (URL-encoded in the form body). */
    private static final String REPORT_SOURCE = "report%3Asubmit";
    private static final By GROWL = By.cssSelector(".ui-growl");

    @Test
    void aSignedInUserRegistersAsAWatchtowerInThePage() throws Exception {
        String name = api.newAccount("tower");
        Chromium browser = chromium();
        browser.signIn(name, name + name);

        browser.click("watchtower-link");
        assertThat(browser.waitForText(By.id("registered"), "not yet")).isEqualTo("not yet");
        browser.click("register:submit");

        browser.waitForText(GROWL, "You are a watchtower");
        assertThat(browser.waitForText(By.id("registered"), "yes")).isEqualTo("yes");
        assertThat(browser.waitFor(By.id("reports-submitted")).getText()).isEqualTo("0");
        assertThat(browser.waitFor(By.id("accuracy-score")).getText()).isEqualTo("100");
        assertThat(browser.waitFor(By.id("active")).getText()).isEqualTo("yes");
        browser.waitFor(By.id("report:signer"));
        Answer watchtower = api.get("api/v1/watchtowers/" + name);
        assertThat(watchtower.status()).isEqualTo(200);
        assertThat(watchtower.json().getBoolean("isActive")).isTrue();
        assertFitsAPhone(browser, "watchtower/index.xhtml");
    }

    @Test
    void registeringTwiceShowsTheServersRefusalInPlainWords() throws Exception {
        String name = api.newAccount("twice");
        Chromium browser = chromium();
        browser.signIn(name, name + name);
        browser.open("watchtower/index.xhtml");
        browser.waitFor(By.id("register:submit"));

        // Registered elsewhere (another tab, the REST API) after this page was shown.
        assertThat(api.post("api/v1/watchtowers", "", name, name + name).status()).isEqualTo(201);
        browser.click("register:submit");

        String growl = browser.waitForText(GROWL, "ERR-WATCHTOWER-EXISTS, 105");
        assertThat(growl).contains("You are already a watchtower");
        assertThat(browser.waitForText(By.id("registered"), "yes")).isEqualTo("yes");
    }

    @Test
    void outOfRangeMetricsAreRefusedInThePageWithoutARequestAndAValidReportIsAccepted() throws Exception {
        contract.ensureInitialized();
        TestSigner watched = contract.newSigner("watched", Contract.MIN_STAKE);
        long totalBefore = metrics(watched).getJsonNumber("totalSignatures").longValue();
        String name = api.newAccount("reporter");
        assertThat(api.post("api/v1/watchtowers", "", name, name + name).status()).isEqualTo(201);
        Chromium browser = chromium();
        browser.signIn(name, name + name);
        browser.open("watchtower/index.xhtml");

        browser.type("report:signer", watched.name());
        browser.type("report:uptime", "150");
        browser.type("report:signing-speed", "80");
        browser.type("report:valid-signatures", "1");
        browser.click("report:submit");
        assertThat(browser.waitForText(By.id("report:uptime-message"), "from 0 to 100"))
                .contains("ERR-INVALID-METRICS, 108");

        browser.type("report:uptime", "90");
        browser.type("report:valid-signatures", "2");
        browser.click("report:submit");
        assertThat(browser.waitForText(By.id("report:valid-signatures-message"), "0 or 1"))
                .contains("ERR-INVALID-METRICS, 108");
        assertThat(browser.driver().findElement(By.id("report:uptime-message")).getText()).isEmpty();

        assertThat(reportsSent(browser)).as("report requests the page sent for invalid values").isEmpty();
        assertThat(reportsSubmitted(name)).isZero();
        assertThat(metrics(watched).getJsonNumber("totalSignatures").longValue()).isEqualTo(totalBefore);

        browser.type("report:valid-signatures", "1");
        browser.click("report:submit");

        assertThat(browser.waitForText(GROWL, "Report accepted")).contains(watched.name()).contains("uptime 90");
        assertThat(browser.waitForText(By.id("answer-uptime"), "90")).isEqualTo("90");
        assertThat(browser.waitFor(By.id("answer-signing-speed")).getText()).isEqualTo("80");
        assertThat(browser.waitForText(By.id("reports-submitted"), "1")).isEqualTo("1");
        assertThat(reportsSent(browser)).hasSize(1).allSatisfy(body -> assertThat(body)
                .contains("report%3Auptime=90").contains("report%3Avalid-signatures=1"));
        assertThat(reportsSubmitted(name)).isEqualTo(1);
        JsonObject metrics = metrics(watched);
        assertThat(metrics.getInt("uptime")).isEqualTo(90);
        assertThat(metrics.getInt("signingSpeed")).isEqualTo(80);
        assertThat(metrics.getJsonNumber("totalSignatures").longValue()).isEqualTo(totalBefore + 1);
    }

    /** Bodies of the requests that submitted the report form (the invalid values never may). */
    private static List<String> reportsSent(Chromium browser) {
        List<Chromium.SentRequest> posts = browser.sentRequests().stream().filter(r -> r.method().equals("POST")).toList();
        assertThat(posts).allSatisfy(r -> assertThat(r.body()).as("body of POST %s is known", r.url()).isNotNull());
        return posts.stream().map(Chromium.SentRequest::body).filter(body -> body.contains(REPORT_SOURCE)).toList();
    }

    private long reportsSubmitted(String watchtower) {
        return api.get("api/v1/watchtowers/" + watchtower).json().getJsonNumber("reportsSubmitted").longValue();
    }

    private JsonObject metrics(TestSigner signer) {
        return contract.signer(signer.name()).getJsonObject("performanceMetrics");
    }
}
