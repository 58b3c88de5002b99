package io.dts.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.dts.web.Api;
import io.dts.web.Contract.TestSigner;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The public explorer in a real browser: live without a reload, a signers table to search, pages per signer. */
public abstract class ExplorerInBrowserChecks extends UiTest {

    @Test
    void blockHeightAdvancesOnThePageWithoutAReload() throws Exception {
        contract.ensureInitialized();
        Chromium browser = chromium();
        browser.open("");
        long first = Long.parseLong(browser.waitFor(By.id("explorer:height")).getText());
        browser.script("window.dtsSamePage = true;");

        browser.waitUntil(Duration.ofSeconds(30),
                "return Number(document.getElementById('explorer:height').textContent) > " + first + ";");

        assertThat(browser.script("return window.dtsSamePage === true;"))
                .as("the page updated in place, not by loading again").isEqualTo(true);
    }

    @Test
    void signersTableFindsASignerByNameAndOpensItsPageWithChartsOverTheEpochs() throws Exception {
        contract.cleanSlate();
        TestSigner signer = contract.newSigner("charted", 1_000);
        String tower = api.newAccount("tower");
        assertThat(api.post("api/v1/watchtowers", "", tower, tower + tower).status()).isEqualTo(201);
        assertThat(api.post("api/v1/watchtowers/reports", "{\"signer\":\"" + signer.name()
                + "\",\"uptime\":77,\"signingSpeed\":66,\"validSignatures\":1}", tower, tower + tower).status())
                .isEqualTo(200);
        Chromium browser = chromium();
        browser.open("");

        WebElement nameFilter = browser.waitFor(By.cssSelector("[id='explorer:signers'] thead input"));
        nameFilter.sendKeys(signer.name(), Keys.ENTER);
        browser.waitUntil(Duration.ofSeconds(30), "return document.querySelectorAll("
                + "\"[id='explorer:signers'] tbody tr\").length === 1;");
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("[id='explorer:signers'] tbody tr"));
        assertThat(rows.get(0).getText()).contains(signer.name()).contains("PRIMARY");

        rows.get(0).findElement(By.linkText(signer.name())).click();

        assertThat(browser.waitForText(By.id("signer-name"), signer.name())).isEqualTo(signer.name());
        assertThat(browser.waitFor(By.id("public-key")).getText()).isEqualTo(signer.key().publicKey().toHex());
        assertThat(browser.waitFor(By.id("metrics")).getText()).startsWith("77 · 66");
        browser.waitUntil(Duration.ofSeconds(30), "const c = document.querySelector(\"[id='reputation-chart'] canvas\");"
                + " const chart = c && window.Chart && Chart.getChart(c);"
                + " return !!chart && chart.data.datasets[0].data.length > 0;");
        assertThat(browser.waitFor(By.cssSelector("[id='history'] tbody tr")).getText()).contains("77").contains("66");
    }

    @Test
    void explorerAndASignerPageFitAPhoneScreenWithoutScrollingSideways() throws Exception {
        contract.ensureInitialized();
        TestSigner signer = contract.newSigner("narrow", 1_000);
        Chromium browser = chromium();

        assertFitsAPhone(browser, "");
        assertFitsAPhone(browser, "signers/signer.xhtml?name=" + signer.name());
    }

    @Test
    void anUnknownSignerPageSaysSoInPlainWords() throws Exception {
        Chromium browser = chromium();

        browser.open("signers/signer.xhtml?name=" + Api.uniqueName("nobody"));

        assertThat(browser.waitForText(By.id("messages"), "122")).contains("ERR-NOT-FOUND");
    }
}
