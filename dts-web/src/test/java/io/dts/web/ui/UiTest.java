package io.dts.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.dts.web.ApplicationIT;
import io.dts.web.DeployedDts;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

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
