package io.dts.web;

import static io.dts.web.Api.OWNER;
import static io.dts.web.Api.OWNER_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.dts.core.crypto.BlsSecretKey;
import io.dts.core.crypto.Scheme;
import io.dts.web.Api.Answer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Cross-chain verification inside Payara Micro: for every scheme, transactions signed with keys known
 * only to this test are stored when enough signatures verify under different registered keys, and
 * tampered ones are refused with 117 and leave nothing behind.
 */
abstract class CrossChainChecks extends DeployedDts {

    private static final HexFormat HEX = HexFormat.of();

    /** A chain of three keys known to the test, two of which must sign. */
    record TestChain(String id, Scheme scheme, List<BlsSecretKey> keys) {

        byte[] data(long round) {
            ByteBuffer roundBytes = ByteBuffer.allocate(8).putLong(round);
            return switch (scheme) {
                case PEDERSEN_BLS_CHAINED -> ByteBuffer.allocate(96 + 8).put(new byte[96]).put(roundBytes.array()).array();
                case PEDERSEN_BLS_UNCHAINED, BLS_UNCHAINED_G1_RFC9380 -> roundBytes.array();
                case DTS -> ("transfer " + round).getBytes(StandardCharsets.UTF_8);
            };
        }

        String signature(int key, byte[] data) {
            return HEX.formatHex(scheme.sign(keys.get(key), sha256(data)));
        }
    }

    private TestChain register(Scheme scheme) {
        String id = Api.uniqueName("chain-" + scheme.id());
        List<BlsSecretKey> keys = IntStream.range(0, 3)
                .mapToObj(i -> BlsSecretKey.fromSeed(sha256((id + "/" + i).getBytes(StandardCharsets.UTF_8)))).toList();
        JsonArrayBuilder publicKeys = Json.createArrayBuilder();
        keys.forEach(k -> publicKeys.add(HEX.formatHex(scheme.publicKey(k))));
        Answer created = api.post("api/v1/chains", Json.createObjectBuilder().add("chainId", id).add("scheme", scheme.id())
                .add("publicKeys", publicKeys).add("verificationThreshold", 2).build().toString(), OWNER, OWNER_PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return new TestChain(id, scheme, keys);
    }

    private Answer submit(TestChain chain, String txHash, byte[] data, String... signatures) {
        String user = api.newAccount("relayer");
        JsonArrayBuilder sigs = Json.createArrayBuilder();
        for (String s : signatures) {
            sigs.add(s);
        }
        return api.post("api/v1/chains/" + chain.id() + "/transactions", Json.createObjectBuilder().add("txHash", txHash)
                .add("data", HEX.formatHex(data)).add("signatures", sigs).build().toString(), user, user + user);
    }

    @ParameterizedTest
    @EnumSource(Scheme.class)
    void aTransactionSignedByEnoughRegisteredKeysIsStoredAndReadBack(Scheme scheme) {
        TestChain chain = register(scheme);
        byte[] data = chain.data(1000);
        String txHash = txHash(chain, 1);

        Answer stored = submit(chain, txHash, data, chain.signature(2, data), chain.signature(0, data));

        assertThat(stored.status()).as(stored.body()).isEqualTo(201);
        JsonObject read = api.get("api/v1/chains/" + chain.id() + "/transactions/" + txHash).json();
        assertThat(read.getString("data")).isEqualTo(HEX.formatHex(data));
        assertThat(read.getString("messageHash")).isEqualTo(HEX.formatHex(sha256(data)));
        assertThat(read.getJsonArray("signerKeyIndices").stream().map(Object::toString)).containsExactly("2", "0");
        // And it verifies with the scheme's keys, as any verifier of that chain would check it.
        assertThat(scheme.verify(scheme.publicKey(chain.keys().get(2)), sha256(data),
                HEX.parseHex(read.getJsonArray("signatures").getString(0)))).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Scheme.class)
    void tamperedTransactionsAreRefusedWith117AndNothingIsStored(Scheme scheme) {
        TestChain chain = register(scheme);
        byte[] data = chain.data(7);
        byte[] otherData = chain.data(8);
        BlsSecretKey outsider = BlsSecretKey.fromSeed(sha256("outsider".getBytes(StandardCharsets.UTF_8)));
        String outsiderSignature = HEX.formatHex(scheme.sign(outsider, sha256(data)));

        List<Answer> refused = List.of(
                submit(chain, txHash(chain, 1), otherData, chain.signature(0, data), chain.signature(1, data)),
                submit(chain, txHash(chain, 2), data, chain.signature(0, data), outsiderSignature),
                submit(chain, txHash(chain, 3), data, chain.signature(1, data), chain.signature(1, data)),
                submit(chain, txHash(chain, 4), data, chain.signature(0, data)));

        assertThat(refused).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.body()).isEqualTo(422);
            assertThat(answer.code()).isEqualTo(117);
        });
        for (int i = 1; i <= 4; i++) {
            assertThat(api.get("api/v1/chains/" + chain.id() + "/transactions/" + txHash(chain, i)).code()).isEqualTo(122);
        }
    }

    @Test
    void aSignatureFromAnotherSchemeDoesNotCount() {
        TestChain chain = register(Scheme.PEDERSEN_BLS_UNCHAINED);
        byte[] data = chain.data(5);
        String dtsStyle = HEX.formatHex(Scheme.DTS.sign(chain.keys().get(0), sha256(data)));

        Answer refused = submit(chain, txHash(chain, 1), data, dtsStyle, chain.signature(1, data));

        assertThat(refused.code()).isEqualTo(117);
    }

    @Test
    void onlyTheOwnerRegistersChainsAndBadRegistrationsSayWhy() {
        String user = api.newAccount("notowner");
        String key = HEX.formatHex(Scheme.DTS.publicKey(BlsSecretKey.fromSeed(new byte[32])));
        String g2Key = HEX.formatHex(Scheme.BLS_UNCHAINED_G1_RFC9380.publicKey(BlsSecretKey.fromSeed(new byte[32])));
        String id = Api.uniqueName("chain");

        assertThat(api.post("api/v1/chains", registration(id, "dts", 1, key), user, user + user).code()).isEqualTo(100);
        assertThat(api.post("api/v1/chains", registration(id, "no-such-scheme", 1, key), OWNER, OWNER_PASSWORD).code()).isEqualTo(101);
        assertThat(api.post("api/v1/chains", registration(id, "dts", 2, key), OWNER, OWNER_PASSWORD).code()).isEqualTo(101);
        assertThat(api.post("api/v1/chains", registration(id, "dts", 1, key, key), OWNER, OWNER_PASSWORD).code()).isEqualTo(101);
        assertThat(api.post("api/v1/chains", registration(id, "dts", 1, g2Key), OWNER, OWNER_PASSWORD).code()).isEqualTo(110);
        assertThat(api.post("api/v1/chains", registration(id, "bls-unchained-g1-rfc9380", 1, key), OWNER, OWNER_PASSWORD).code())
                .isEqualTo(110);
        assertThat(api.post("api/v1/chains", registration("bad id!", "dts", 1, key), OWNER, OWNER_PASSWORD).code()).isEqualTo(101);
        assertThat(api.get("api/v1/chains/" + id).code()).as("nothing was registered").isEqualTo(122);

        assertThat(api.post("api/v1/chains", registration(id, "dts", 1, key), OWNER, OWNER_PASSWORD).status()).isEqualTo(201);
        assertThat(api.post("api/v1/chains", registration(id, "dts", 1, key), OWNER, OWNER_PASSWORD).code()).isEqualTo(107);
    }

    @Test
    void malformedSubmissionsGetTheirCodeAndAStoredTransactionIsNotStoredTwice() {
        TestChain chain = register(Scheme.BLS_UNCHAINED_G1_RFC9380);
        byte[] data = chain.data(9);
        String good1 = chain.signature(0, data);
        String good2 = chain.signature(1, data);

        assertThat(submit(chain, "abcd", data, good1, good2).code()).as("short txHash").isEqualTo(109);
        assertThat(submit(chain, txHash(chain, 1), new byte[5], good1, good2).code()).as("not a round").isEqualTo(101);
        assertThat(submit(chain, txHash(chain, 1), data, good1, "ab".repeat(96)).code()).as("a G2-sized signature").isEqualTo(109);
        assertThat(submit(chain, txHash(chain, 1), data, good1, good2, good1, good2).code()).as("more signatures than keys")
                .isEqualTo(101);
        assertThat(api.post("api/v1/chains/" + Api.uniqueName("nochain") + "/transactions", "{\"txHash\":\"" + txHash(chain, 1)
                + "\",\"data\":\"00\",\"signatures\":[\"00\"]}", OWNER, OWNER_PASSWORD).code()).isEqualTo(122);

        assertThat(submit(chain, txHash(chain, 1), data, good1, good2).status()).isEqualTo(201);
        assertThat(submit(chain, txHash(chain, 1), data, good2, good1).code()).isEqualTo(107);
        assertThat(Api.parseArray(api.get("api/v1/chains/" + chain.id() + "/transactions").body())).hasSize(1);
    }

    @Test
    void whileThePausedNetworkWaitsNoTransactionIsStored() {
        TestChain chain = register(Scheme.PEDERSEN_BLS_CHAINED);
        byte[] data = chain.data(11);
        assertThat(api.post("api/v1/network/pause", "", OWNER, OWNER_PASSWORD).status()).isEqualTo(200);
        try {
            assertThat(submit(chain, txHash(chain, 1), data, chain.signature(0, data), chain.signature(1, data)).code())
                    .isEqualTo(118);
        } finally {
            assertThat(api.post("api/v1/network/unpause", "", OWNER, OWNER_PASSWORD).status()).isEqualTo(200);
        }
        assertThat(api.get("api/v1/chains/" + chain.id() + "/transactions/" + txHash(chain, 1)).code()).isEqualTo(122);
    }

    private static String txHash(TestChain chain, int n) {
        return HEX.formatHex(sha256((chain.id() + "#" + n).getBytes(StandardCharsets.UTF_8)));
    }

    private static String registration(String id, String scheme, int threshold, String... keys) {
        JsonArrayBuilder publicKeys = Json.createArrayBuilder();
        for (String k : keys) {
            publicKeys.add(k);
        }
        return Json.createObjectBuilder().add("chainId", id).add("scheme", scheme).add("publicKeys", publicKeys)
                .add("verificationThreshold", threshold).build().toString();
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
