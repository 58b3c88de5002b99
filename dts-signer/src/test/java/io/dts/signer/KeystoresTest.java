package io.dts.signer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dts.core.crypto.BlsSecretKey;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class KeystoresTest {

    /** EIP-2335 "Test Cases": the password and the secret both vectors hold. */
    private static final String SPEC_PASSWORD = "𝔱𝔢𝔰𝔱𝔭𝔞𝔰𝔰𝔴𝔬𝔯𝔡🔑";
    private static final String SPEC_SECRET = "000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f";
    /** What dts-web's keystore.js was given (see the generator beside the vectors). */
    private static final String BROWSER_PASSWORD = "correct horse battery staple";
    private static final String BROWSER_SECRET = "2b".repeat(31) + "01";

    private static final Keystores.Kdf FAST = Keystores.Kdf.pbkdf2(16);

    static String resource(String name) throws IOException {
        try (InputStream in = KeystoresTest.class.getResourceAsStream("/keystores/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String hex(BlsSecretKey key) {
        return HexFormat.of().formatHex(key.toBytes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"scrypt.json", "pbkdf2.json"})
    void theSpecVectorsDecryptToTheSpecSecret(String file) throws IOException {
        assertThat(hex(Keystores.decrypt(resource(file), SPEC_PASSWORD.toCharArray()))).isEqualTo(SPEC_SECRET);
    }

    @ParameterizedTest
    @ValueSource(strings = {"browser-scrypt.json", "browser-pbkdf2.json"})
    void keystoresWrittenByTheBrowserCodeDecrypt(String file) throws IOException {
        BlsSecretKey key = Keystores.decrypt(resource(file), BROWSER_PASSWORD.toCharArray());
        assertThat(hex(key)).isEqualTo(BROWSER_SECRET);
        JsonObject json = Json.createReader(new StringReader(resource(file))).readObject();
        assertThat(key.publicKey().toHex()).isEqualTo(json.getString("pubkey"));
    }

    @Test
    void theSpecPasswordIsProcessedToItsDocumentedEncoding() {
        assertThat(HexFormat.of().formatHex(Keystores.passwordBytes(SPEC_PASSWORD.toCharArray())))
                .isEqualTo("7465737470617373776f7264f09f9491");
    }

    @Test
    void controlCodesInThePasswordAreIgnored() throws IOException {
        String typed = "\u0007testpass\u007fword\u0085🔑\u001f";
        assertThat(hex(Keystores.decrypt(resource("pbkdf2.json"), typed.toCharArray()))).isEqualTo(SPEC_SECRET);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pbkdf2", "scrypt"})
    void anEncryptedKeyDecryptsAgainWithItsPublicKeyAsPubkey(String kdf) {
        BlsSecretKey key = BlsSecretKey.generate(new SecureRandom());
        Keystores.Kdf chosen = kdf.equals("scrypt") ? Keystores.Kdf.scrypt(1024, 8, 1) : FAST;
        String keystore = Keystores.encrypt(key, "pässwörd".toCharArray(), chosen, "test", new SecureRandom());
        JsonObject json = Json.createReader(new StringReader(keystore)).readObject();
        assertThat(json.getInt("version")).isEqualTo(4);
        assertThat(json.getString("pubkey")).isEqualTo(key.publicKey().toHex());
        assertThat(json.getJsonObject("crypto").getJsonObject("kdf").getString("function")).isEqualTo(kdf);
        assertThat(hex(Keystores.decrypt(keystore, "pässwörd".toCharArray()))).isEqualTo(hex(key));
    }

    @Test
    void newKeystoresUseTheEip2335DefaultScrypt() {
        String keystore = Keystores.encrypt(BlsSecretKey.generate(new SecureRandom()), "x".toCharArray(),
                Keystores.Kdf.DEFAULT, "", new SecureRandom());
        JsonObject params = Json.createReader(new StringReader(keystore)).readObject().getJsonObject("crypto")
                .getJsonObject("kdf").getJsonObject("params");
        assertThat(params.getInt("n")).isEqualTo(262144);
        assertThat(params.getInt("r")).isEqualTo(8);
        assertThat(params.getInt("p")).isEqualTo(1);
        assertThat(params.getInt("dklen")).isEqualTo(32);
    }

    @Test
    void aWrongPasswordIsRefusedAsSuch() throws IOException {
        assertThatThrownBy(() -> Keystores.decrypt(resource("browser-pbkdf2.json"), "wrong".toCharArray()))
                .isInstanceOfSatisfying(KeystoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(KeystoreException.Reason.WRONG_PASSWORD));
    }

    @Test
    void aPubkeyThatIsNotTheSecretsIsRefused() {
        BlsSecretKey key = BlsSecretKey.generate(new SecureRandom());
        String other = BlsSecretKey.generate(new SecureRandom()).publicKey().toHex();
        String keystore = Keystores.encrypt(key, "pw".toCharArray(), FAST, "", new SecureRandom())
                .replace(key.publicKey().toHex(), other);
        assertThatThrownBy(() -> Keystores.decrypt(keystore, "pw".toCharArray()))
                .isInstanceOfSatisfying(KeystoreException.class,
                        e -> assertThat(e.getMessage()).contains("pubkey does not belong"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[]", "{\"version\": 3}", "{\"version\": 4}",
        "{\"version\":4,\"crypto\":{\"kdf\":{\"function\":\"argon2\",\"params\":{\"dklen\":32,\"salt\":\"00\"}},"
                + "\"checksum\":{\"function\":\"sha256\",\"message\":\"" + "00000000000000000000000000000000"
                + "00000000000000000000000000000000\"},\"cipher\":{\"function\":\"aes-128-ctr\","
                + "\"params\":{\"iv\":\"00000000000000000000000000000000\"},\"message\":\"00\"}}}"})
    void malformedKeystoresAreRefusedAsMalformed(String text) {
        assertThatThrownBy(() -> Keystores.decrypt(text, "pw".toCharArray()))
                .isInstanceOfSatisfying(KeystoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(KeystoreException.Reason.MALFORMED));
    }
}
