package io.dts.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.dts.web.ApplicationIT;
import io.dts.web.DeployedDts;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Base of the browser tests: the deployed application, plus real Chromium sessions that are closed
 * after each test. When a test fails, every open browser's screenshot and page source are saved under
 * {@code target/ui-failures/} before the browsers close.
 */
@Tag(ApplicationIT.H2_ONLY)
public abstract class UiTest extends DeployedDts {

    static final Path EVIDENCE = Path.of(System.getProperty("dts.uiEvidence", "target/ui-failures"));

    @RegisterExtension
    final AfterTestExecutionCallback evidenceOnFailure = this::saveEvidenceIfFailed;

    private final List<Chromium> browsers = new ArrayList<>();

    /** A new browser with an empty profile of its own (a fresh user, or the same user elsewhere). */
    protected Chromium chromium() throws URISyntaxException {
        return chromium(api.base());
    }

    /** A new browser like {@link #chromium()}, against the application at {@code base} (e.g. a server of the test's own). */
    protected Chromium chromium(URI base) {
        Chromium chromium = Chromium.start(base);
        browsers.add(chromium);
        return chromium;
    }

    /** Keystore encryption and decryption run a deliberately slow KDF in JavaScript on a busy machine. */
    protected static final Duration CRYPTO = Duration.ofSeconds(180);

    /**
     * Signs {@code name} up in {@code browser}, mints it 5 000, signs in and registers, on the signer
     * portal, a key the page generates and keeps under {@code passphrase}, with stake 2 000; asserts it
     * took a committee seat.
     */
    protected void registerInThePortal(Chromium browser, String name, String password, String passphrase) {
        browser.signUp(name, password);
        contract.mint(name, 5_000);
        browser.signIn(name, password);
        browser.click("signer-link");
        browser.type("new-passphrase", passphrase);
        browser.type("new-passphrase-again", passphrase);
        browser.type("register:stake", "2000");
        browser.click("register:generate");
        assertThat(waitForText(browser, By.id("messages"), "Registered as a signer")).contains("(active)");
    }

    /** Waits, as long as the browser's key crypto may take, for {@code text} in {@code locator}; returns its text. */
    protected static String waitForText(Chromium browser, By locator, String text) {
        new WebDriverWait(browser.driver(), CRYPTO).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
        return browser.driver().findElement(locator).getText();
    }

    /** Runs an asynchronous script in the page, allowing it as long as the key crypto may take. */
    protected static Object async(Chromium browser, String script, Object... args) {
        browser.driver().manage().timeouts().scriptTimeout(CRYPTO);
        return browser.driver().executeAsyncScript(script, args);
    }

    /** Fails when any request a browser sent carried one of {@code secrets}, or hid its body. */
    protected static void assertNeverSent(Chromium browser, String... secrets) {
        List<Chromium.SentRequest> requests = browser.sentRequests();
        assertThat(requests).as("requests the page sent").isNotEmpty();
        for (Chromium.SentRequest request : requests) {
            assertThat(request.body()).as("body of %s %s is known", request.method(), request.url()).isNotNull();
            for (String secret : secrets) {
                assertThat(request.url()).as("URL of a request the page sent").doesNotContainIgnoringCase(secret);
                assertThat(request.body()).as("body of %s %s", request.method(), request.url())
                        .doesNotContainIgnoringCase(secret);
            }
        }
    }

    /** Opens {@code path} at a phone's width and fails if the page is wider than the screen. */
    protected static void assertFitsAPhone(Chromium browser, String path) {
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.open(path);
        browser.waitFor(By.tagName("h1"));
        Object overflow = browser.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).longValue()).as("horizontal overflow of %s at 390 px, in px", path).isLessThanOrEqualTo(0);
    }

    private void saveEvidenceIfFailed(ExtensionContext context) throws IOException {
        if (context.getExecutionException().isEmpty()) {
            return;
        }
        String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
        for (int i = 0; i < browsers.size(); i++) {
            browsers.get(i).saveEvidence(EVIDENCE, name + "-" + (i + 1));
        }
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(Chromium::close);
        browsers.clear();
    }
}
