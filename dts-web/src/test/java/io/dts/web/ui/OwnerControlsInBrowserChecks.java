package io.dts.web.ui;

import static io.dts.web.Api.OWNER;
import static io.dts.web.Api.OWNER_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.dts.web.Api;
import io.dts.web.Api.Answer;
import io.dts.web.Contract;
import io.dts.web.Contract.TestSigner;
import io.dts.web.RunScriptServer;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The owner page in a real browser, against a server of this class's own on a fresh data directory:
 * initializing needs a network nobody has initialized, which the shared Arquillian server is not.
 * The first test initializes; the others need an initialized network (and make one over REST when
 * run alone); handing over ownership comes last because it ends the owner's rights.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public abstract class OwnerControlsInBrowserChecks extends UiTest {

    private static final By GROWL = By.cssSelector(".ui-growl");

    private static RunScriptServer server;
    private static Api own;
    private static Contract network;

    @BeforeAll
    static void startAServerOfOurOwn() throws Exception {
        server = RunScriptServer.start(RunScriptServer.freshDataDir("owner-controls"),
                Map.of("DTS_OWNER_PASSWORD", OWNER_PASSWORD));
        own = server.api();
        network = new Contract(own);
    }

    @AfterAll
    static void stopIt() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Order(1)
    void theOwnerInitializesWithTheSeedDefaultsThenAPauseRefusesOthersUntilUnpaused() throws Exception {
        assertThat(network.network().getBoolean("initialized")).isFalse();
        Chromium owner = ownerOnTheOwnerPage();
        assertThat(owner.waitFor(By.id("initialize:min-stake")).getAttribute("value")).isEqualTo("100000");
        assertThat(owner.waitFor(By.id("initialize:required-signers")).getAttribute("value")).isEqualTo("3");
        assertThat(owner.waitFor(By.id("initialize:total-signers")).getAttribute("value")).isEqualTo("5");
        assertThat(owner.waitFor(By.id("initialize:rotation-period")).getAttribute("value")).isEqualTo("144");
        assertThat(owner.waitFor(By.id("initialize:signature-threshold")).getAttribute("value")).isEqualTo("3");

        owner.click("initialize:submit");

        owner.waitForText(GROWL, "Network initialized");
        JsonObject initialized = network.network();
        assertThat(initialized.getBoolean("initialized")).isTrue();
        JsonObject params = initialized.getJsonObject("params");
        assertThat(params.getJsonNumber("minStake").longValue()).isEqualTo(100_000);
        assertThat(params.getInt("requiredSigners")).isEqualTo(3);
        assertThat(params.getInt("totalSigners")).isEqualTo(5);
        assertThat(params.getJsonNumber("rotationPeriod").longValue()).isEqualTo(144);
        assertThat(params.getInt("signatureThreshold")).isEqualTo(3);
        gone(owner, By.id("initialize"));

        String name = own.newAccount("tower");
        Chromium user = chromium(own.base());
        user.signIn(name, name + name);
        user.open("watchtower/index.xhtml");
        user.waitFor(By.id("register:submit"));
        TestSigner signer = network.newSigner("seated", 100_000);
        Chromium signerBrowser = chromium(own.base());
        signerBrowser.signIn(signer.name(), signer.password());
        signerBrowser.open("signer/index.xhtml");
        signerBrowser.waitFor(By.id("seat-form:leave"));

        confirm(owner, "emergency:pause");
        owner.waitForText(GROWL, "Network paused");
        assertThat(network.network().getBoolean("paused")).isTrue();

        user.click("register:submit");
        String refusal = user.waitForText(GROWL, "ERR-EMERGENCY-PAUSED, 118");
        assertThat(refusal).contains("The network is paused");
        assertThat(own.get("api/v1/watchtowers/" + name).status()).isEqualTo(404);
        signerBrowser.click("seat-form:leave");
        signerBrowser.click("confirm-yes");
        assertThat(signerBrowser.waitForText(By.cssSelector(".ui-growl"), "ERR-EMERGENCY-PAUSED, 118"))
                .contains("The network is paused");
        assertThat(network.signer(signer.name()).getString("status")).as("a signer's action changed nothing")
                .isNotEqualTo("EXITED");

        confirm(owner, "emergency:unpause");
        owner.waitForText(GROWL, "Network unpaused");
        assertThat(network.network().getBoolean("paused")).isFalse();

        user.click("register:submit");
        user.waitForText(GROWL, "You are a watchtower");
        assertThat(own.get("api/v1/watchtowers/" + name).status()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void rotateNowAndMintFromThePageShowOverRest() throws Exception {
        initializedOverRestUnlessThePageDidIt();
        String recipient = own.newAccount("minted");
        Chromium owner = ownerOnTheOwnerPage();
        Contract.eventually(Duration.ofSeconds(30), () -> {
            JsonObject now = network.network();
            return now.getJsonNumber("blockHeight").longValue() > now.getJsonNumber("lastRotationHeight").longValue();
        });
        long epochBefore = network.epoch();

        owner.click("rotate:submit");

        owner.waitForText(GROWL, "Epoch " + (epochBefore + 1) + " started");
        assertThat(network.epoch()).isGreaterThan(epochBefore);

        owner.type("mint:account", recipient);
        owner.type("mint:amount", "4242");
        owner.click("mint:submit");

        assertThat(owner.waitForText(GROWL, "Minted 4242 to " + recipient)).contains("balance is now 4242");
        Answer me = own.get("api/v1/accounts/me", recipient, recipient + recipient);
        assertThat(me.json().getJsonNumber("balance").longValue()).isEqualTo(4242);
    }

    @Test
    @Order(3)
    void theOwnerSwitchesToThresholdModeAndBackFromThePage() throws Exception {
        initializedOverRestUnlessThePageDidIt();
        Chromium owner = ownerOnTheOwnerPage();
        owner.waitFor(By.cssSelector("[id='signing:mode'] label[for='signing:mode:1']")).click(); // THRESHOLD
        owner.type("signing:window", "7");
        owner.click("signing:submit");

        owner.waitForText(GROWL, "Signing mode THRESHOLD");
        JsonObject params = network.network().getJsonObject("params");
        assertThat(params.getString("signingMode")).isEqualTo("THRESHOLD");
        assertThat(params.getJsonNumber("dkgPhaseBlocks").longValue()).isEqualTo(7);
        // No key generation has completed on this network: a request cannot be signed in threshold mode yet.
        String requester = own.newAccount("requester");
        Answer refused = own.post("api/v1/signing-requests", "{\"message\":\"too early\"}", requester, requester + requester);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo(133);

        Chromium again = ownerOnTheOwnerPage(); // a fresh page: no message over the form
        again.waitFor(By.cssSelector("[id='signing:mode'] label[for='signing:mode:0']")).click(); // AGGREGATE
        again.click("signing:submit");
        again.waitForText(GROWL, "Signing mode AGGREGATE");
        assertThat(network.network().getJsonObject("params").getString("signingMode")).isEqualTo("AGGREGATE");
    }

    @Test
    @Order(4)
    void aSlashBeyondTheStakeIsExplainedAndOneWithHashedTextEvidenceLands() throws Exception {
        initializedOverRestUnlessThePageDidIt();
        long minStake = network.network().getJsonObject("params").getJsonNumber("minStake").longValue();
        TestSigner signer = network.newSigner("slashed", minStake);
        Chromium owner = ownerOnTheOwnerPage();

        owner.type("slash:signer", signer.name());
        owner.type("slash:amount", Long.toString(minStake + 1));
        owner.type("slash:evidence", "missed every request of the epoch");
        owner.waitFor(By.cssSelector("label[for='slash:evidence-kind:1']")).click();
        owner.click("slash:submit");

        assertThat(owner.waitForText(GROWL, "ERR-INVALID-PARAMS, 101")).contains("Please check your input");
        assertThat(network.signer(signer.name()).getJsonObject("slashingHistory").getInt("totalSlashes")).isZero();

        owner.type("slash:amount", "1000");
        owner.click("slash:submit");

        owner.waitForText(GROWL, "Slashed " + signer.name() + " by 1000");
        JsonObject history = network.signer(signer.name()).getJsonObject("slashingHistory");
        assertThat(history.getInt("totalSlashes")).isEqualTo(1);
        assertThat(history.getJsonNumber("slashedAmount").longValue()).isEqualTo(1000);
        assertThat(network.signer(signer.name()).getJsonNumber("stake").longValue()).isEqualTo(minStake - 1000);
        assertFitsAPhone(owner, "owner/index.xhtml");
    }

    @Test
    @Order(5)
    void theOwnerHandsOverOwnershipAfterConfirming() throws Exception {
        initializedOverRestUnlessThePageDidIt();
        String heir = own.newAccount("heir");
        Chromium owner = ownerOnTheOwnerPage();

        owner.type("handover:new-owner", heir);
        confirm(owner, "handover:submit");

        owner.waitForText(GROWL, "Ownership handed over to " + heir);
        assertThat(network.network().getString("owner")).isEqualTo(heir);
        Answer refused = own.post("api/v1/network/pause", "", OWNER, OWNER_PASSWORD);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo(100);
    }

    private Chromium ownerOnTheOwnerPage() {
        Chromium owner = chromium(own.base());
        owner.signIn(OWNER, OWNER_PASSWORD);
        owner.click("owner-link");
        owner.waitFor(By.id("emergency"));
        return owner;
    }

    /** Clicks {@code button}, then Yes in the confirmation dialog it opens. */
    private static void confirm(Chromium browser, String button) {
        browser.click(button);
        browser.waitFor(By.cssSelector(".ui-confirm-dialog"));
        browser.click("confirm:yes");
    }

    private static void gone(Chromium browser, By locator) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(ExpectedConditions.invisibilityOfElementLocated(locator));
    }

    /** The first test initializes in the page; a test run on its own initializes over REST instead. */
    private static void initializedOverRestUnlessThePageDidIt() {
        if (!network.network().getBoolean("initialized")) {
            Answer init = own.post("api/v1/network/initialize", "{\"minStake\":100000,\"requiredSigners\":3,"
                    + "\"totalSigners\":5,\"rotationPeriod\":144,\"signatureThreshold\":3}", OWNER, OWNER_PASSWORD);
            assertThat(init.status()).isEqualTo(200);
        }
    }
}
