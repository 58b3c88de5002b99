package io.dts.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.dts.core.crypto.BlsSecretKey;
import io.dts.web.Api;
import io.dts.web.Api.Answer;
import io.dts.web.Contract;
import io.dts.web.Contract.TestSigner;
import io.dts.web.SignerMembers;
import io.dts.web.crypto.RawBlst;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Threshold mode with a browser among the members: a signer registered through the portal keeps the
 * page open with its key unlocked, and the page alone deals, checks the deals and stores its share
 * while four dts-signer members run unattended. The browser's share then signs a threshold request
 * together with two members' shares, and the group signature verifies under the group key. The DKG
 * explorer shows the completed session. Neither passphrase nor share ever leaves the browser.
 */
public abstract class BrowserMemberInBrowserChecks extends UiTest {

    /**
     * Deal and complaint windows, in blocks (1 s in tests): room for a browser polling every 2 s, and
     * the whole session (2 windows) well inside the rotation period, so the test's epoch is the newest.
     */
    static final long WINDOW = 6;

    private SignerMembers members;

    @AfterEach
    void stopMembersAndReturnToAggregateMode() {
        if (members != null) {
            members.close();
        }
        contract.aggregateMode();
    }

    @Test
    void aBrowserSignerTakesItsPartInTheDkgAndSignsAThresholdRequestWithItsShare() throws Exception {
        contract.cleanSlate();
        String name = Api.uniqueName("member");
        String password = "member password " + name;
        String passphrase = "keystore passphrase " + UUID.randomUUID();

        Chromium browser = chromium();
        registerInThePortal(browser, name, password, passphrase);

        List<TestSigner> others = new ArrayList<>();
        for (int i = 0; i < Contract.TOTAL_SIGNERS - 1; i++) {
            others.add(contract.newSigner("bm" + i, 1_000));
        }
        members = new SignerMembers(api.base());
        List<SignerMembers.Unattended> four = members.start(others);
        browser.type("passphrase", passphrase); // the KDF takes a while: before the rotation starts the clock
        browser.click("unlock");
        waitForText(browser, By.id("key-message"), "Key unlocked");
        browser.waitForText(By.id("dkg-state"), "Taking part");
        contract.rotateNow();
        long epoch = contract.epoch();

        contract.thresholdModeWithANewKey(WINDOW);
        browser.waitForText(By.id("dkg-role"), "dealer");
        assertThat(browser.waitFor(By.id("dkg-window")).getText()).as("a countdown in blocks").contains("blocks left");

        JsonObject session = awaitFinishedSession(epoch);
        assertThat(session.getString("phase")).as(session.toString()).isEqualTo("COMPLETE");
        assertThat(session.getJsonArray("qualified")).as("the browser dealt too: all five qualify").hasSize(5);
        String groupKey = session.getString("groupPublicKey");
        int myIndex = indexOf(session, name);
        String myPublicShare = session.getJsonArray("publicShares").getValuesAs(JsonValue::asJsonObject).stream()
                .filter(p -> p.getInt("index") == myIndex).findFirst().orElseThrow().getString("publicShare");

        waitForText(browser, By.id("dkg-log"), "my share of epoch " + epoch + " is stored");
        assertThat(browser.waitFor(By.id("dkg-shares")).getText()).contains("epoch " + epoch + " (public share "
                + myPublicShare.substring(0, 12));
        assertThat(browser.waitFor(By.id("dkg-log")).getText()).contains("dealt for epoch " + epoch + " as dealer " + myIndex)
                .contains("checked 5 deals of epoch " + epoch + ": 5 shares verify");
        assertThat(browser.script("return localStorage.getItem('dts.dkg-vault.' + arguments[0])", name))
                .as("the vault is stored sealed").asString().contains("ciphertext");
        assertThat(Contract.eventually(Duration.ofSeconds(30), () -> four.stream().allMatch(m -> m.holdsShareOf(epoch))))
                .as("every dts-signer member stored its share").isTrue();

        String hash = randomHash();
        String requester = api.newAccount("requester");
        Answer opened = api.post("api/v1/signing-requests", "{\"messageHash\":\"" + hash + "\"}", requester, requester + requester);
        assertThat(opened.status()).as(opened.body()).isIn(200, 201);
        assertThat(opened.json().getString("groupPublicKey")).isEqualTo(groupKey);
        for (int k = 0; k < 2; k++) {
            BlsSecretKey share = four.get(k).share(epoch);
            Answer partial = api.post("api/v1/partial-signatures", "{\"messageHash\":\"" + hash + "\",\"signature\":\""
                    + share.sign(HexFormat.of().parseHex(hash)).toHex() + "\"}", others.get(k).name(), others.get(k).password());
            assertThat(partial.json().getString("status")).as("two shares never suffice").isEqualTo("PENDING");
        }

        browser.click("requests:refresh-requests");
        browser.waitForText(By.id("requests:open-requests"), hash);
        assertThat(browser.waitForText(By.id("requests:open-requests"), "my group share")).isNotEmpty();
        browser.driver().findElement(By.xpath("//tr[contains(., '" + hash + "')]//button[contains(@id, ':sign')]")).click();

        waitForText(browser, By.id("receipt-status"), "COMPLETE");
        String groupSignature = browser.waitFor(By.id("receipt-group-signature")).getText();
        JsonObject complete = api.get("api/v1/signing-requests/" + opened.json().getJsonNumber("id").longValue()).json();
        assertThat(complete.getString("status")).isEqualTo("COMPLETE");
        assertThat(complete.getString("groupSignature")).isEqualTo(groupSignature);
        assertThat(RawBlst.fastAggregateVerify(List.of(groupKey), hash, groupSignature)).isTrue();

        browser.type("share-passphrase", "share file passphrase");
        browser.click("export-share");
        new WebDriverWait(browser.driver(), CRYPTO).until(ExpectedConditions.visibilityOfElementLocated(By.id("share-download")));
        JsonObject exported = Json.createReader(new StringReader((String) async(browser, "var done = arguments[arguments.length - 1];"
                + "fetch(document.getElementById('share-download').href).then(function (r) { return r.text(); })"
                + ".then(done, function (e) { done('failed: ' + e); });"))).readObject();
        assertThat(exported.getString("pubkey")).as("the exported share's pubkey is my public share").isEqualTo(myPublicShare);
        assertThat(exported.getInt("version")).isEqualTo(4);
        assertNeverSent(browser, passphrase, "share file passphrase");

        browser.open("signer/index.xhtml");
        assertThat(browser.waitForText(By.id("dkg-log"), "my share of epoch " + epoch + " is stored"))
                .as("the record of what this tab did survives a reload").contains("dealt for epoch " + epoch);
        assertThat(browser.waitFor(By.id("dkg-state")).getText()).contains("Your key is locked");

        assertFitsAPhone(browser, "dkg/index.xhtml?epoch=" + epoch);
        assertThat(browser.waitForText(By.id("dkg:group-key"), groupKey)).isEqualTo(groupKey);
        assertThat(browser.waitFor(By.id("dkg:selected-phase")).getText()).isEqualTo("COMPLETE");
        assertThat(browser.waitFor(By.id("dkg:qualified")).getText()).isEqualTo("1, 2, 3, 4, 5");
        assertThat(browser.waitFor(By.id("dkg:receivers")).getText()).contains(name).contains(myPublicShare);
        assertThat(browser.waitFor(By.id("dkg:countdown")).getText()).startsWith("Finalized");
    }

    private JsonObject awaitFinishedSession(long epoch) {
        JsonObject[] last = new JsonObject[1];
        boolean finished = Contract.eventually(Duration.ofSeconds(120), () -> {
            Answer answer = api.get("api/v1/dkg/sessions/" + epoch);
            last[0] = answer.status() == 200 ? answer.json() : null;
            return last[0] != null && List.of("COMPLETE", "FAILED").contains(last[0].getString("phase"));
        });
        assertThat(finished).as("session of epoch " + epoch + ": " + last[0]).isTrue();
        return last[0];
    }

    private static int indexOf(JsonObject session, String name) {
        return session.getJsonArray("receivers").getValuesAs(JsonValue::asJsonObject).stream()
                .filter(r -> r.getString("name").equals(name)).findFirst().orElseThrow().getInt("index");
    }

    private static String randomHash() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
