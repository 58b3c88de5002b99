package io.dts.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of the Ethereum consensus BLS vectors (src/test/resources/vectors/eth-bls), run as
 * data. A {@code null} output means the operation must fail: here, throw {@link BlsException} (bad
 * key, signature or scalar) or {@link IllegalArgumentException} (empty list). For the verify
 * categories, inputs that do not decode make the answer {@code false}. Ethereum-only rules (the
 * eth_* categories) live here, not in {@link Bls}.
 */
class EthBlsVectorTest {

    private static final Map<String, Integer> CASES_PER_FILE = Map.of(
            "sign", 10, "verify", 28, "aggregate", 5, "fast_aggregate_verify", 10,
            "aggregate_verify", 5, "eth_aggregate_pubkeys", 10, "eth_fast_aggregate_verify", 12);

    private static final String INFINITY_SIGNATURE = "0xc0" + "00".repeat(95);

    @Test
    void everyVectorFileHasItsDocumentedNumberOfCases() {
        CASES_PER_FILE.forEach((category, count) ->
                assertThat(cases(category)).as(category).hasSize(count));
    }

    static Stream<Arguments> allCases() {
        return CASES_PER_FILE.keySet().stream().sorted().flatMap(category ->
                cases(category).stream().map(JsonValue::asJsonObject).map(c -> Arguments.of(
                        Named.of(category + "/" + c.getString("name"), category), c)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allCases")
    void vectorCaseGivesTheExpectedResult(String category, JsonObject testCase) {
        JsonObject in = testCase.get("input") instanceof JsonObject o ? o : null;
        JsonValue input = testCase.get("input");
        JsonValue output = testCase.get("output");
        switch (category) {
            case "sign" -> expectValue(output, () -> BlsSecretKey
                    .fromBytes(bytes(in, "privkey")).sign(bytes(in, "message")).toHex());
            case "aggregate" -> expectValue(output, () -> Bls
                    .aggregate(map(input.asJsonArray(), BlsSignature::fromHex)).toHex());
            case "eth_aggregate_pubkeys" -> expectValue(output, () -> BlsPublicKey
                    .aggregate(map(input.asJsonArray(), BlsPublicKey::fromHex)).toHex());
            case "verify" -> expectVerdict(output, () -> Bls.verify(
                    BlsPublicKey.fromHex(in.getString("pubkey")), bytes(in, "message"),
                    BlsSignature.fromHex(in.getString("signature"))));
            case "fast_aggregate_verify" -> expectVerdict(output, () -> Bls.fastAggregateVerify(
                    map(in.getJsonArray("pubkeys"), BlsPublicKey::fromHex), bytes(in, "message"),
                    BlsSignature.fromHex(in.getString("signature"))));
            case "eth_fast_aggregate_verify" -> expectVerdict(output, () -> ethFastAggregateVerify(
                    in.getJsonArray("pubkeys"), bytes(in, "message"), in.getString("signature")));
            case "aggregate_verify" -> expectVerdict(output, () -> Bls.aggregateVerify(
                    map(in.getJsonArray("pubkeys"), BlsPublicKey::fromHex),
                    map(in.getJsonArray("messages"), TestKeys::hex),
                    BlsSignature.fromHex(in.getString("signature"))));
            default -> throw new AssertionError("unknown category " + category);
        }
    }

    @Test
    void batchVerifyAcceptsEveryValidVerifyCaseAtOnce() {
        List<SignatureSet> valid = new ArrayList<>();
        for (JsonValue value : cases("verify")) {
            JsonObject c = value.asJsonObject();
            if (c.get("output") == JsonValue.TRUE) {
                JsonObject in = c.getJsonObject("input");
                valid.add(new SignatureSet(BlsPublicKey.fromHex(in.getString("pubkey")),
                        bytes(in, "message"), BlsSignature.fromHex(in.getString("signature"))));
            }
        }

        assertThat(valid).hasSize(9);
        assertThat(Bls.batchVerify(valid)).isTrue();
    }

    /**
     * Ethereum's eth_fast_aggregate_verify (altair): no keys and the identity signature is valid;
     * everything else is the draft's FastAggregateVerify.
     */
    private static boolean ethFastAggregateVerify(JsonArray pubkeys, byte[] message,
            String signature) {
        if (pubkeys.isEmpty() && signature.equals(INFINITY_SIGNATURE)) {
            return true;
        }
        return Bls.fastAggregateVerify(map(pubkeys, BlsPublicKey::fromHex), message,
                BlsSignature.fromHex(signature));
    }

    private static void expectValue(JsonValue output, Supplier<String> operation) {
        if (output == JsonValue.NULL) {
            assertThatThrownBy(operation::get)
                    .isInstanceOfAny(BlsException.class, IllegalArgumentException.class);
        } else {
            assertThat(operation.get()).isEqualTo(((JsonString) output).getString().substring(2));
        }
    }

    private static void expectVerdict(JsonValue output, Supplier<Boolean> verification) {
        boolean verdict;
        try {
            verdict = verification.get();
        } catch (BlsException malformedInput) {
            verdict = false;
        }
        assertThat(verdict).isEqualTo(output == JsonValue.TRUE);
    }

    private static <T> List<T> map(JsonArray hexStrings, Function<String, T> parse) {
        return hexStrings.getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).map(parse).toList();
    }

    private static byte[] bytes(JsonObject input, String field) {
        return TestKeys.hex(input.getString(field));
    }

    private static JsonArray cases(String category) {
        String resource = "/vectors/eth-bls/" + category + ".json";
        try (InputStream stream = EthBlsVectorTest.class.getResourceAsStream(resource)) {
            assertThat(stream).as(resource).isNotNull();
            try (JsonReader reader = Json.createReader(stream)) {
                return reader.readObject().getJsonArray("cases");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
