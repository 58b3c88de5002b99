package io.dts.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.dts.core.crypto.Bls;
import io.dts.core.crypto.BlsPublicKey;
import io.dts.core.crypto.BlsSecretKey;
import io.dts.core.crypto.BlsSignature;
import io.dts.web.Api;
import io.dts.web.Api.Answer;
import io.dts.web.Contract.TestSigner;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * The signer portal in real Chromium: a newcomer registers with a key made in the browser, moves the
 * keystore to a fresh browser (on a phone-sized window), signs a request there that two other
 * signers sign over REST, sees it complete with an aggregate that verifies, and leaves the committee.
 * No request either browser sends carries the secret key or the passphrase.
 */
public abstract class SignerPortalInBrowserChecks extends UiTest {


    @Test
    void aSignerRegistersInTheBrowserMovesTheKeystoreSignsToCompleteAndLeaves() throws Exception {
        contract.cleanSlate();
        String name = Api.uniqueName("portal");
        String password = "portal password " + name;
        String passphrase = "keystore passphrase " + UUID.randomUUID();

        Chromium first = chromium();
        registerInThePortal(first, name, password, passphrase);
        JsonObject signer = contract.signer(name);
        assertThat(signer.getString("status")).isEqualTo("PRIMARY");
        assertThat(signer.getJsonNumber("stake").longValue()).isEqualTo(2_000);
        String publicKey = signer.getString("publicKey");
        assertThat(first.waitForText(By.id("signer-status"), "PRIMARY")).isEqualTo("PRIMARY");

        String secretKey = decryptStoredKeystore(first, name, passphrase);
        assertThat(BlsSecretKey.fromBytes(HexFormat.of().parseHex(secretKey)).publicKey().toHex()).isEqualTo(publicKey);
        assertThat(first.sentRequests()).as("the registration the page sent")
                .anySatisfy(request -> assertThat(request.body()).contains(publicKey));
        assertNeverSent(first, secretKey, passphrase);

        Path keystoreFile = exportedKeystore(first, name, secretKey);
        Path otherKeystore = Files.createTempFile("dts-other-keystore-", ".json");
        Files.writeString(otherKeystore, (String) async(first, "var done = arguments[arguments.length - 1];"
                + "DtsKeys.encryptKeystore(DtsKeys.generateSecretKey(), 'another passphrase', {path: '', description: 'not mine'})"
                + ".then(function (k) { done(JSON.stringify(k)); }, function (e) { done('failed: ' + e.message); });"));

        Chromium second = chromium();
        second.driver().manage().window().setSize(new Dimension(390, 844)); // a phone
        second.signIn(name, password);
        second.open("signer/index.xhtml");
        second.waitForText(By.id("keystore-state"), "No keystore");
        second.script("DtsKeys.saveKeystore(arguments[0], JSON.parse(arguments[1]))", name, Files.readString(otherKeystore));
        second.open("signer/index.xhtml");
        second.waitForText(By.id("keystore-state"), "holds another key");

        importKeystore(second, keystoreFile, "not the passphrase");
        assertThat(waitForText(second, By.id("key-message"), "Wrong passphrase")).contains("Nothing was imported");
        importKeystore(second, otherKeystore, "another passphrase");
        assertThat(waitForText(second, By.id("key-message"), "Wrong key")).contains("Nothing was imported");
        assertThat(second.script("return DtsKeys.loadKeystore(arguments[0]).pubkey", name)).as("still the other keystore")
                .isNotEqualTo(publicKey);
        importKeystore(second, keystoreFile, passphrase);
        waitForText(second, By.id("key-message"), "Keystore imported");
        second.waitForText(By.id("keystore-state"), "Your encrypted keystore is in this browser");
        assertThat(second.script("return document.getElementById('busy-progress').textContent")).as("progress shown")
                .asString().endsWith("%");
        assertThat(decryptStoredKeystore(second, name, passphrase)).isEqualTo(secretKey);

        List<TestSigner> peers = List.of(contract.newSigner("portal-peer", 1_000), contract.newSigner("portal-peer", 1_000));
        contract.rotateNow(); // a whole rotation period ahead: the request is signed in the epoch it opens in
        Answer opened = api.post("api/v1/signing-requests", "{\"message\":\"portal " + UUID.randomUUID() + "\"}",
                peers.get(0).name(), peers.get(0).password());
        assertThat(opened.status()).isEqualTo(201);
        long id = opened.json().getJsonNumber("id").longValue();
        String hash = opened.json().getString("messageHash");
        for (TestSigner peer : peers) {
            String partial = peer.key().sign(HexFormat.of().parseHex(hash)).toHex();
            assertThat(api.post("api/v1/partial-signatures", "{\"messageHash\":\"" + hash + "\",\"signature\":\"" + partial + "\"}",
                    peer.name(), peer.password()).json().getString("status")).isEqualTo("PENDING");
        }

        second.click("requests:refresh-requests");
        second.waitForText(By.id("requests:open-requests"), hash);
        second.driver().findElement(By.xpath("//tr[contains(., '" + hash + "')]//button[contains(@id, ':sign')]")).click();

        waitForText(second, By.id("receipt-status"), "COMPLETE");
        String aggregate = second.waitFor(By.id("receipt-aggregate")).getText();
        assertThat(second.waitFor(By.id("receipt-partials")).getText()).startsWith("3 of 3");
        assertThat(second.waitFor(By.id("receipt-participants")).getText()).contains(name, peers.get(0).name(), peers.get(1).name());
        JsonObject complete = api.get("api/v1/signing-requests/" + id).json();
        assertThat(complete.getString("status")).isEqualTo("COMPLETE");
        assertThat(complete.getString("aggregateSignature")).isEqualTo(aggregate);
        assertThat(complete.getJsonArray("participants").getValuesAs(JsonString::getString))
                .containsExactlyInAnyOrder(name, peers.get(0).name(), peers.get(1).name());
        List<BlsPublicKey> keys = List.of(BlsPublicKey.fromHex(publicKey), peers.get(0).key().publicKey(),
                peers.get(1).key().publicKey());
        assertThat(Bls.fastAggregateVerify(keys, HexFormat.of().parseHex(hash), BlsSignature.fromHex(aggregate))).isTrue();
        assertThat(Bls.fastAggregateVerify(keys.subList(1, 3), HexFormat.of().parseHex(hash), BlsSignature.fromHex(aggregate)))
                .isFalse();
        assertThat(second.driver().findElements(By.xpath("//tr[contains(., '" + hash + "')]"))).as("signed: no longer open").isEmpty();
        assertNeverSent(second, secretKey, passphrase);

        String evidence = "e7".repeat(32);
        assertThat(api.post("api/v1/signers/" + name + "/slash", "{\"amount\":10,\"evidence\":\"" + evidence + "\"}",
                Api.OWNER, Api.OWNER_PASSWORD).status()).isEqualTo(200);
        second.click("seat-form:refresh");
        assertThat(second.waitForText(By.id("slashes"), evidence)).contains("OWNER");
        assertThat(second.waitFor(By.id("slash-count")).getText()).isEqualTo("1");
        assertThat(second.waitFor(By.id("slashed-amount")).getText()).isEqualTo("10");
        assertThat(second.waitFor(By.id("metric-signatures")).getText()).isEqualTo("1 / 1");

        second.click("seat-form:leave");
        second.click("confirm-yes");
        second.waitForText(By.id("signer-status"), "EXITED");
        second.waitForText(By.cssSelector(".ui-growl"), "You left the committee");
        assertThat(contract.signer(name).getString("status")).isEqualTo("EXITED");
        assertThat(second.driver().findElements(By.id("seat-form:leave"))).isEmpty();
    }

    @Test
    void mismatchedPassphrasesStayInThePageAndARefusedRegistrationIsToldInPlainWords() throws Exception {
        contract.ensureInitialized();
        String name = api.newAccount("portal-poor");
        contract.mint(name, 500);
        Chromium browser = chromium();
        browser.signIn(name, name + name);
        browser.open("signer/index.xhtml");
        browser.type("new-passphrase", "first passphrase");
        browser.type("new-passphrase-again", "second passphrase");
        browser.type("register:stake", "2000");
        long postsBefore = posts(browser);

        browser.click("register:generate");

        browser.waitForText(By.id("register-message"), "The passphrases differ");
        assertThat(posts(browser)).as("requests after a refusal in the page").isEqualTo(postsBefore);

        browser.type("new-passphrase-again", "first passphrase");
        browser.click("register:generate");

        String refused = waitForText(browser, By.id("messages"), "Not enough stake");
        assertThat(refused).contains("exceeds the balance of 500").contains("ERR-INSUFFICIENT-STAKE");
        assertThat(api.get("api/v1/signers/" + name).status()).isEqualTo(404);
        assertThat(posts(browser)).isEqualTo(postsBefore + 1);
        assertNeverSent(browser, "first passphrase", "second passphrase");
    }

    private static long posts(Chromium browser) {
        return browser.sentRequests().stream().filter(request -> request.method().equals("POST")).count();
    }

    /** The secret key, as the page's own code decrypts it from this browser's storage (hex). */
    private static String decryptStoredKeystore(Chromium browser, String name, String passphrase) {
        Object key = async(browser, "var done = arguments[arguments.length - 1];"
                + "DtsKeys.decryptKeystore(DtsKeys.loadKeystore(arguments[0]), arguments[1])"
                + ".then(function (sk) { done(DtsKeys.bytesToHex(sk)); }, function (e) { done('failed: ' + e.message); });",
                name, passphrase);
        assertThat((String) key).matches("[0-9a-f]{64}");
        return (String) key;
    }

    /** Reads the keystore file the page offers for download, checks it, and saves it for an import. */
    private static Path exportedKeystore(Chromium browser, String name, String secretKey) throws Exception {
        browser.waitFor(By.id("keystore-download"));
        assertThat(browser.script("return document.getElementById('keystore-download').download")).isEqualTo("keystore-" + name + ".json");
        String json = (String) async(browser, "var done = arguments[arguments.length - 1];"
                + "fetch(document.getElementById('keystore-download').href).then(function (r) { return r.text(); })"
                + ".then(done, function (e) { done('failed: ' + e); });");
        JsonObject keystore = Json.createReader(new StringReader(json)).readObject();
        assertThat(keystore.getInt("version")).isEqualTo(4);
        assertThat(keystore.getJsonObject("crypto").getJsonObject("kdf").getString("function")).isIn("scrypt", "pbkdf2");
        assertThat(json).doesNotContainIgnoringCase(secretKey);
        Path file = Files.createTempFile("dts-keystore-", ".json");
        Files.writeString(file, json);
        return file;
    }

    private static void importKeystore(Chromium browser, Path file, String passphrase) {
        browser.settled();
        browser.waitFor(By.id("keystore-file")).sendKeys(file.toAbsolutePath().toString());
        browser.type("passphrase", passphrase);
        browser.click("import");
    }
}
