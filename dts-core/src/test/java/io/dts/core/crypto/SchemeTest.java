package io.dts.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The cross-chain schemes against vectors made by another library, and against tampering. */
class SchemeTest {

    private static final HexFormat HEX = HexFormat.of();

    static Stream<JsonObject> nobleVectors() {
        try (InputStream in = SchemeTest.class.getResourceAsStream("/vectors/cross-chain/schemes.json");
                JsonReader reader = Json.createReader(in)) {
            return reader.readObject().getJsonArray("cases").stream().map(JsonValue::asJsonObject).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everySchemeHasANobleVector() {
        assertThat(nobleVectors().map(v -> v.getString("scheme")))
                .containsExactlyInAnyOrderElementsOf(Stream.of(Scheme.values()).map(Scheme::id).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nobleVectors")
    void verifiesWhatNobleSignedAndSignsTheSameBytes(JsonObject vector) {
        Scheme scheme = Scheme.byId(vector.getString("scheme")).orElseThrow();
        byte[] message = HEX.parseHex(vector.getString("messageSha256"));
        byte[] signature = HEX.parseHex(vector.getString("signature"));
        BlsSecretKey secretKey = BlsSecretKey.fromBytes(HEX.parseHex(vector.getString("secretKey")));

        byte[] publicKey = scheme.requireValidPublicKey(vector.getString("publicKey"));

        assertThat(scheme.verify(publicKey, message, signature)).isTrue();
        assertThat(HEX.formatHex(scheme.publicKey(secretKey))).isEqualTo(vector.getString("publicKey"));
        assertThat(HEX.formatHex(scheme.sign(secretKey, message))).isEqualTo(vector.getString("signature"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nobleVectors")
    void aTamperedMessageOrSignatureFails(JsonObject vector) {
        Scheme scheme = Scheme.byId(vector.getString("scheme")).orElseThrow();
        byte[] publicKey = HEX.parseHex(vector.getString("publicKey"));
        byte[] message = HEX.parseHex(vector.getString("messageSha256"));
        byte[] signature = HEX.parseHex(vector.getString("signature"));

        byte[] otherMessage = message.clone();
        otherMessage[31] ^= 1;
        byte[] flippedSignature = signature.clone();
        flippedSignature[signature.length - 1] ^= 1;

        assertThat(scheme.verify(publicKey, otherMessage, signature)).isFalse();
        assertThat(scheme.verify(publicKey, message, flippedSignature)).isFalse();
        assertThat(scheme.verify(publicKey, message, new byte[signature.length])).isFalse();
        assertThat(scheme.verify(publicKey, message, new byte[3])).isFalse();
    }

    @Test
    void aSignatureCountsOnlyUnderItsOwnSchemesDomainTag() {
        BlsSecretKey key = BlsSecretKey.fromSeed(new byte[32]);
        byte[] message = new byte[32];
        byte[] chained = Scheme.PEDERSEN_BLS_CHAINED.sign(key, message);

        assertThat(Scheme.PEDERSEN_BLS_UNCHAINED.verify(Scheme.PEDERSEN_BLS_UNCHAINED.publicKey(key), message, chained))
                .as("the same ciphersuite").isTrue();
        assertThat(Scheme.DTS.verify(Scheme.DTS.publicKey(key), message, chained))
                .as("DTS's proof-of-possession ciphersuite has another tag").isFalse();
    }

    @Test
    void theDtsSchemeAgreesWithTheNetworksOwnSignatures() {
        BlsSecretKey key = BlsSecretKey.fromSeed(new byte[32]);
        byte[] message = HEX.parseHex("11".repeat(32));

        assertThat(Scheme.DTS.verify(key.publicKey().toBytes(), message, key.sign(message).toBytes())).isTrue();
        assertThat(Scheme.DTS.sign(key, message)).isEqualTo(key.sign(message).toBytes());
    }

    @ParameterizedTest
    @EnumSource(Scheme.class)
    void aKeyOfTheWrongGroupOrNoPointAtAllIsRefusedWithItsReason(Scheme scheme) {
        int otherLength = scheme.signatureGroup().compressedLength();
        String identity = "c0" + "00".repeat(scheme.keyGroup().compressedLength() - 1);

        assertThatThrownBy(() -> scheme.requireValidPublicKey("ab".repeat(otherLength)))
                .isInstanceOfSatisfying(BlsException.class, e -> assertThat(e.reason()).isEqualTo(BlsException.Reason.WRONG_LENGTH));
        assertThatThrownBy(() -> scheme.requireValidPublicKey(identity))
                .isInstanceOfSatisfying(BlsException.class, e -> assertThat(e.reason()).isEqualTo(BlsException.Reason.IDENTITY));
        assertThatThrownBy(() -> scheme.requireValidPublicKey("ff".repeat(scheme.keyGroup().compressedLength())))
                .isInstanceOfSatisfying(BlsException.class, e -> assertThat(e.reason()).isEqualTo(BlsException.Reason.NOT_A_POINT));
    }

    @Test
    void schemesAreFoundByTheirDrandNames() {
        assertThat(Scheme.byId("bls-unchained-g1-rfc9380")).contains(Scheme.BLS_UNCHAINED_G1_RFC9380);
        assertThat(Scheme.byId("bls-unchained-on-g1")).isEmpty();
        assertThat(List.of(Scheme.BLS_UNCHAINED_G1_RFC9380.keyGroup(), Scheme.BLS_UNCHAINED_G1_RFC9380.signatureGroup()))
                .containsExactly(Scheme.Group.G2, Scheme.Group.G1);
    }
}
