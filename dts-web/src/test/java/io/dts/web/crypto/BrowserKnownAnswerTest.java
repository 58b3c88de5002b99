package io.dts.web.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import io.dts.core.crypto.Bls;
import io.dts.core.crypto.BlsPublicKey;
import io.dts.core.crypto.BlsSecretKey;
import io.dts.core.crypto.BlsSignature;
import io.dts.core.crypto.Ciphersuite;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The signing known-answer vector shared with the browser module ({@code src/main/js}, checked by
 * {@code src/test/js/signing-kat.test.mjs} on the same file): the server's crypto must give the
 * same public key, proof of possession and signature, byte for byte, and accept what the browser
 * produces (DESIGN.md §5, draft-irtf-cfrg-bls-signature-05 §3.3).
 */
class BrowserKnownAnswerTest {

    private static final String VECTORS = "/vectors/dts-signing-kat.json";
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void vectorFileUsesTheServersCiphersuite() {
        JsonObject kat = vectors();

        assertThat(kat.getString("signatureDst")).isEqualTo(Ciphersuite.SIGNATURE_DST);
        assertThat(kat.getString("proofOfPossessionDst")).isEqualTo(Ciphersuite.POP_DST);
        assertThat(kat.getJsonArray("cases")).hasSize(4);
    }

    static Stream<Arguments> cases() {
        return vectors().getJsonArray("cases").stream().map(JsonValue::asJsonObject)
                .map(c -> Arguments.of(Named.of(c.getString("name"), c)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void serverDerivesTheSamePublicKeyAsTheBrowser(JsonObject c) {
        assertThat(secretKey(c).publicKey().toHex()).isEqualTo(c.getString("publicKey"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void serverProvesPossessionWithTheSameBytesAsTheBrowser(JsonObject c) {
        assertThat(secretKey(c).proveProofOfPossession().toHex())
                .isEqualTo(c.getString("proofOfPossession"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void serverSignsTheMessageHashWithTheSameBytesAsTheBrowser(JsonObject c) {
        assertThat(secretKey(c).sign(HEX.parseHex(c.getString("messageHash"))).toHex())
                .isEqualTo(c.getString("signature"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void serverAcceptsTheBrowsersProofAndSignatureAndNothingElse(JsonObject c) {
        BlsPublicKey publicKey = BlsPublicKey.fromHex(c.getString("publicKey"));
        BlsSignature proof = BlsSignature.fromHex(c.getString("proofOfPossession"));
        BlsSignature signature = BlsSignature.fromHex(c.getString("signature"));
        byte[] hash = HEX.parseHex(c.getString("messageHash"));

        assertThat(Bls.verifyProofOfPossession(publicKey, proof)).isTrue();
        assertThat(Bls.verify(publicKey, hash, signature)).isTrue();
        // the proof is not a signature of anything, and the signature is not a proof
        assertThat(Bls.verify(publicKey, hash, proof)).isFalse();
        assertThat(Bls.verifyProofOfPossession(publicKey, signature)).isFalse();
        hash[31] ^= 1;
        assertThat(Bls.verify(publicKey, hash, signature)).isFalse();
    }

    private static BlsSecretKey secretKey(JsonObject c) {
        return BlsSecretKey.fromBytes(HEX.parseHex(c.getString("secretKey")));
    }

    private static JsonObject vectors() {
        try (InputStream stream = BrowserKnownAnswerTest.class.getResourceAsStream(VECTORS)) {
            assertThat(stream).as(VECTORS).isNotNull();
            try (JsonReader reader = Json.createReader(stream)) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
