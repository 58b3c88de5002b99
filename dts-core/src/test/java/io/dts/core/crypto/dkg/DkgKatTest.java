package io.dts.core.crypto.dkg;

import static org.assertj.core.api.Assertions.assertThat;

import io.dts.core.crypto.Bls;
import io.dts.core.crypto.BlsPublicKey;
import io.dts.core.crypto.BlsSignature;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The committed known-answer vectors (src/test/resources/dkg/kat.json), shared with the JavaScript
 * client: from the inputs each case records, the Java code must give every output byte for byte.
 */
class DkgKatTest {

    private static JsonObject kat;
    private static JsonObject recomputed;

    @BeforeAll
    static void readAndRecompute() throws IOException {
        try (InputStream in = DkgKatTest.class.getResourceAsStream("/dkg/kat.json");
                JsonReader reader = Json.createReader(in)) {
            kat = reader.readObject();
        }
        recomputed = KatVectors.recompute(kat);
    }

    @Test
    void everyEncryptionCaseIsReproduced() {
        assertThat(kat.getJsonArray("encryption")).hasSize(2);
        assertThat(recomputed.getJsonArray("encryption")).isEqualTo(kat.getJsonArray("encryption"));
    }

    @Test
    void everyDleqCaseIsReproducedAndVerifies() {
        assertThat(kat.getJsonArray("dleq")).hasSize(2);
        assertThat(recomputed.getJsonArray("dleq")).isEqualTo(kat.getJsonArray("dleq"));
        for (JsonObject c : kat.getJsonArray("dleq").getValuesAs(JsonObject.class)) {
            assertThat(Dleq.verify(BlsPublicKey.fromHex(c.getString("pk")), BlsPublicKey.fromHex(c.getString("R")),
                    BlsPublicKey.fromHex(c.getString("K")), HexFormat.of().parseHex(c.getString("proof")))).isTrue();
        }
    }

    @Test
    void theDealBundleCaseIsReproducedAndItsSignatureVerifies() {
        JsonObject deal = kat.getJsonObject("deal");
        assertThat(recomputed.getJsonObject("deal")).isEqualTo(deal);
        assertThat(Bls.verify(BlsPublicKey.fromHex(deal.getString("dealerPk")),
                HexFormat.of().parseHex(deal.getString("digest")), BlsSignature.fromHex(deal.getString("signature"))))
                .isTrue();
    }

    @Test
    void theShareCombinationCaseIsReproducedAndVerifiesUnderTheGroupKey() {
        JsonObject combination = kat.getJsonObject("combination");
        assertThat(recomputed.getJsonObject("combination")).isEqualTo(combination);
        assertThat(Bls.verify(BlsPublicKey.fromHex(combination.getString("groupKey")),
                HexFormat.of().parseHex(combination.getString("message")),
                BlsSignature.fromHex(combination.getString("combined")))).isTrue();
    }

    @Test
    void theFixedInputsStillGenerateTheCommittedFile() {
        assertThat(KatVectors.generate()).isEqualTo(kat);
    }
}
