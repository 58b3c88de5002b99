package io.dts.web;

import static io.dts.web.SignerChecks.assertRefused;
import static io.dts.web.SigningRequests.partialJson;
import static io.dts.web.SigningRequests.signature;
import static org.assertj.core.api.Assertions.assertThat;

import io.dts.core.crypto.BlsSecretKey;
import io.dts.web.Api.Answer;
import io.dts.web.Contract.TestSigner;
import io.dts.web.crypto.RawBlst;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A committee of five with threshold three signs, inside Payara Micro. Every secret key lives only
 * in this test, as it would in a signer's browser; the server sees public keys and signatures.
 */
abstract class SigningChecks extends DeployedDts {

    List<TestSigner> committee;
    SigningRequests requests;

    @BeforeEach
    void cleanSlate() {
        contract.cleanSlate();
        committee = contract.fillCommittee("member", 1_000);
        requests = new SigningRequests(api);
    }

    @Test
    void committeeOfFiveWithThresholdThreeSignsARequestToComplete() throws Exception {
        String requester = api.newAccount("requester");
        String message = "pay 10 to bob, " + UUID.randomUUID();
        Answer opened = api.post("api/v1/signing-requests", "{\"message\":\"" + message + "\"}", requester, requester + requester);
        assertThat(opened.status()).isEqualTo(201);
        String hash = opened.json().getString("messageHash");
        assertThat(hash).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(message.getBytes(StandardCharsets.UTF_8))));
        assertThat(opened.json().getString("status")).isEqualTo("PENDING");
        assertThat(opened.json().getInt("threshold")).isEqualTo(Contract.THRESHOLD);

        assertThat(submit(committee.get(0), hash).json().getString("status")).isEqualTo("PENDING");
        assertThat(submit(committee.get(1), hash).json().getString("status")).isEqualTo("PENDING");
        Answer third = submit(committee.get(2), hash);
        assertThat(third.status()).isEqualTo(201);
        assertThat(third.json().getString("status")).isEqualTo("COMPLETE");
        assertThat(third.json().getInt("partials")).isEqualTo(3);
        assertThat(strings(third.json(), "participants")).hasSize(3);
        JsonObject complete = api.get("api/v1/signing-requests/" + opened.json().getJsonNumber("id").longValue()).json();
        assertThat(complete.getString("status")).isEqualTo("COMPLETE");
        List<String> participants = strings(complete, "participants");
        assertThat(participants).containsExactlyInAnyOrder(committee.get(0).name(), committee.get(1).name(), committee.get(2).name());
        assertThat(complete.getString("participantBitfield")).isNotBlank();
        String aggregate = complete.getString("aggregateSignature");

        // Checked with blst directly, by nothing of the server's code.
        List<String> keys = committee.subList(0, 3).stream().map(s -> s.key().publicKey().toHex()).toList();
        assertThat(RawBlst.fastAggregateVerify(keys, hash, aggregate)).isTrue();
        assertThat(RawBlst.fastAggregateVerify(keys.subList(0, 2), hash, aggregate)).isFalse();

        // The public verification service agrees, by keys and by epoch.
        assertThat(verify("\"publicKeys\":" + jsonArray(keys), hash, aggregate)).isTrue();
        assertThat(verify("\"epoch\":" + complete.getJsonNumber("epoch").longValue() + ",\"participants\":"
                + jsonArray(participants), hash, aggregate)).isTrue();
        assertThat(verify("\"publicKey\":\"" + keys.get(0) + "\"", hash, aggregate)).isFalse();

        // A later partial is still recorded; the aggregate stays as it was.
        Answer late = submit(committee.get(3), hash);
        assertThat(late.json().getString("status")).isEqualTo("COMPLETE");
        assertThat(late.json().getString("aggregateSignature")).isEqualTo(aggregate);
        assertThat(late.json().getInt("partials")).isEqualTo(4);
        assertThat(api.get("api/v1/signing-requests/" + opened.json().getJsonNumber("id").longValue()).json()
                .getJsonArray("partials")).hasSize(4);

        JsonObject signer = contract.signer(committee.get(0).name()).getJsonObject("performanceMetrics");
        assertThat(signer.getJsonNumber("totalSignatures").longValue()).isEqualTo(1);
        assertThat(signer.getJsonNumber("validSignatures").longValue()).isEqualTo(1);
        assertThat(contract.eventsAfter(0, "THRESHOLD_REACHED"))
                .anySatisfy(e -> assertThat(e.getJsonObject("data").getString("aggregateSignature", "")).isEqualTo(aggregate));
    }

    @Test
    void wrongMalformedAndOutsidePartialsAreRefusedAndTheWrongOneIsSlashed() {
        String hash = requests.openNew();
        TestSigner liar = committee.get(0);
        BlsSecretKey otherKey = Contract.keyFor("not-" + liar.name());

        Answer wrongKey = api.post("api/v1/partial-signatures", partialJson(hash, otherKey.sign(HexFormat.of().parseHex(hash)).toHex()),
                liar.name(), liar.password());
        assertRefused(wrongKey, 422, 103);
        JsonObject slashed = contract.signer(liar.name()).getJsonObject("slashingHistory");
        assertThat(slashed.getInt("totalSlashes")).isEqualTo(1);
        assertThat(slashed.getJsonNumber("slashedAmount").longValue()).isEqualTo(Contract.MIN_STAKE / 10);

        // Someone else's valid partial, replayed by another member, fails under the replayer's key.
        String honest = signature(committee.get(1).key(), hash);
        assertRefused(api.post("api/v1/partial-signatures", partialJson(hash, honest),
                committee.get(2).name(), committee.get(2).password()), 422, 103);

        assertRefused(api.post("api/v1/partial-signatures", partialJson(hash, honest.substring(2)),
                committee.get(1).name(), committee.get(1).password()), 400, 109);
        assertRefused(api.post("api/v1/partial-signatures", partialJson(hash.substring(2), honest),
                committee.get(1).name(), committee.get(1).password()), 400, 109);
        TestSigner outsider = contract.newSigner("outsider", 1_000); // a backup: not in the committee
        assertRefused(api.post("api/v1/partial-signatures", partialJson(hash, signature(outsider.key(), hash)),
                outsider.name(), outsider.password()), 403, 106);
        String unknownHash = "ab".repeat(32);
        assertRefused(api.post("api/v1/partial-signatures", partialJson(unknownHash, signature(committee.get(1).key(), unknownHash)),
                committee.get(1).name(), committee.get(1).password()), 404, 122);

        Answer request = api.get("api/v1/signing-requests?status=PENDING&limit=1000");
        assertThat(Api.parseArray(request.body())).anySatisfy(r -> {
            assertThat(r.asJsonObject().getString("messageHash")).isEqualTo(hash);
            assertThat(r.asJsonObject().getJsonArray("partials")).isEmpty();
        });
    }

    @Test
    void twoHundredConcurrentSubmissionsGiveExactlyOneAggregateAndLoseNone() throws Exception {
        String hash = requests.openNew();
        int submissions = 200;
        ExecutorService pool = Executors.newFixedThreadPool(32);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Answer>> answers = new ArrayList<>();
            for (int i = 0; i < submissions; i++) {
                TestSigner member = committee.get(i % committee.size());
                String sig = signature(member.key(), hash);
                answers.add(pool.submit(() -> {
                    start.await();
                    return api.post("api/v1/partial-signatures", partialJson(hash, sig), member.name(), member.password());
                }));
            }
            start.countDown();
            int created = 0;
            for (Future<Answer> answer : answers) {
                Answer a = answer.get();
                assertThat(a.status()).as(a.body()).isIn(200, 201);
                created += a.status() == 201 ? 1 : 0;
            }
            assertThat(created).isEqualTo(committee.size());
        } finally {
            pool.shutdownNow();
        }
        JsonObject request = Api.parseArray(api.get("api/v1/signing-requests?status=COMPLETE&limit=1000").body()).stream()
                .map(JsonValue::asJsonObject).filter(r -> r.getString("messageHash").equals(hash)).findFirst().orElseThrow();
        assertThat(request.getJsonArray("partials")).hasSize(committee.size());
        assertThat(strings(request, "participants")).hasSize(Contract.THRESHOLD);
        assertThat(contract.eventsAfter(0, "THRESHOLD_REACHED").stream()
                .filter(e -> e.getJsonObject("data").getString("messageHash").equals(hash))).hasSize(1);
    }

    @Test
    void combineNeedsThresholdManyValidPartialsAmongTheNamedSigners() {
        String hash = requests.openNew();
        submit(committee.get(0), hash);
        submit(committee.get(1), hash);
        List<String> two = List.of(committee.get(0).name(), committee.get(1).name());
        assertRefused(api.post("api/v1/signatures/combine", "{\"messageHash\":\"" + hash + "\",\"signers\":" + jsonArray(two) + "}"),
                409, 104);

        submit(committee.get(2), hash);
        List<String> three = List.of(committee.get(0).name(), committee.get(1).name(), committee.get(2).name());
        Answer combined = api.post("api/v1/signatures/combine", "{\"messageHash\":\"" + hash + "\",\"signers\":" + jsonArray(three) + "}");
        assertThat(combined.status()).isEqualTo(200);
        List<String> keys = committee.subList(0, 3).stream().map(s -> s.key().publicKey().toHex()).toList();
        assertThat(RawBlst.fastAggregateVerify(keys, hash, combined.json().getString("aggregateSignature"))).isTrue();
    }

    @Test
    void verifyAnswersFalseForAWrongSignatureAndACodeForGarbage() {
        TestSigner member = committee.get(0);
        String hash = "cd".repeat(32);
        String key = member.key().publicKey().toHex();
        String good = signature(member.key(), hash);
        assertThat(verify("\"publicKey\":\"" + key + "\"", hash, good)).isTrue();
        assertThat(verify("\"publicKey\":\"" + key + "\"", "ce".repeat(32), good)).isFalse();

        assertRefused(api.post("api/v1/verify", "{\"messageHash\":\"" + hash + "\",\"signature\":\"" + good.substring(4)
                + "\",\"publicKey\":\"" + key + "\"}"), 400, 109);
        assertRefused(api.post("api/v1/verify", "{\"messageHash\":\"" + hash + "\",\"signature\":\"" + good
                + "\",\"publicKey\":\"" + key.substring(2) + "\"}"), 400, 110);
        assertRefused(api.post("api/v1/verify", "{\"messageHash\":\"12\",\"signature\":\"" + good
                + "\",\"publicKey\":\"" + key + "\"}"), 400, 109);
        assertRefused(api.post("api/v1/verify", "{\"messageHash\":\"" + hash + "\",\"signature\":\"" + good + "\"}"), 400, 101);
        assertRefused(api.post("api/v1/verify", "{\"messageHash\":\"" + hash + "\",\"signature\":\"" + "zz".repeat(96)
                + "\",\"publicKey\":\"" + key + "\"}"), 400, 101);
    }

    @Test
    void requestExpiresAfterItsLifetimeAndFreesItsHash() {
        String hash = requests.openNew();
        long id = requestId(hash);

        boolean expired = Contract.eventually(Duration.ofSeconds(90),
                () -> api.get("api/v1/signing-requests/" + id).json().getString("status").equals("EXPIRED"));
        assertThat(expired).isTrue();
        assertRefused(api.post("api/v1/partial-signatures", partialJson(hash, signature(committee.get(0).key(), hash)),
                committee.get(0).name(), committee.get(0).password()), 404, 122);
        String requester = api.newAccount("again");
        assertThat(api.post("api/v1/signing-requests", "{\"messageHash\":\"" + hash + "\"}", requester, requester + requester)
                .status()).isEqualTo(201);
    }

    @Test
    void membersWhoSignFewerThanHalfOfTheEpochsRequestsAreSlashedAtRotation() {
        long eventsBefore = contract.lastEventId();
        for (int r = 0; r < 2; r++) {
            String hash = requests.openNew();
            for (TestSigner member : committee.subList(0, 3)) {
                submit(member, hash);
            }
        }
        contract.rotateNow();

        List<String> inactive = contract.eventsAfter(eventsBefore, "SIGNER_SLASHED").stream()
                .map(e -> e.getJsonObject("data"))
                .filter(d -> d.getString("fault").equals("INACTIVITY"))
                .map(d -> d.getString("signer")).distinct().toList();
        // (Should the timer rotate between the two requests, each epoch judges its own request: still these two.)
        assertThat(inactive).containsExactlyInAnyOrder(committee.get(3).name(), committee.get(4).name());
        assertThat(contract.signer(committee.get(3).name()).getJsonObject("slashingHistory").getInt("totalSlashes")).isPositive();
        assertThat(contract.signer(committee.get(0).name()).getJsonObject("slashingHistory").getInt("totalSlashes")).isZero();
    }

    @Test
    void watchtowerWhoseReportContradictsWhatTheNetworkSawLosesAccuracy() {
        String hash = requests.openNew();
        TestSigner signer = committee.get(0);
        submit(signer, hash); // the network itself saw a valid partial from this signer
        String tower = api.newAccount("tower");
        assertThat(api.post("api/v1/watchtowers", "", tower, tower + tower).status()).isEqualTo(201);

        Answer contradicting = api.post("api/v1/watchtowers/reports", "{\"signer\":\"" + signer.name()
                + "\",\"uptime\":100,\"signingSpeed\":100,\"validSignatures\":0}", tower, tower + tower);
        assertThat(contradicting.status()).isEqualTo(200);
        assertThat(api.get("api/v1/watchtowers/" + tower).json().getInt("accuracyScore")).isEqualTo(90);

        api.post("api/v1/watchtowers/reports", "{\"signer\":\"" + signer.name()
                + "\",\"uptime\":100,\"signingSpeed\":100,\"validSignatures\":1}", tower, tower + tower);
        assertThat(api.get("api/v1/watchtowers/" + tower).json().getInt("accuracyScore")).isEqualTo(91);

        // About a signer the network has not seen sign, a report can be neither confirmed nor contradicted.
        api.post("api/v1/watchtowers/reports", "{\"signer\":\"" + committee.get(4).name()
                + "\",\"uptime\":100,\"signingSpeed\":100,\"validSignatures\":0}", tower, tower + tower);
        assertThat(api.get("api/v1/watchtowers/" + tower).json().getInt("accuracyScore")).isEqualTo(91);
    }

    private long requestId(String hash) {
        return Api.parseArray(api.get("api/v1/signing-requests?limit=1000&status=PENDING").body()).stream()
                .map(JsonValue::asJsonObject).filter(r -> r.getString("messageHash").equals(hash))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private Answer submit(TestSigner member, String hash) {
        Answer answer = api.post("api/v1/partial-signatures", partialJson(hash, signature(member.key(), hash)), member.name(), member.password());
        assertThat(answer.status()).as(answer.body()).isIn(200, 201);
        return answer;
    }

    private boolean verify(String target, String hash, String signature) {
        Answer answer = api.post("api/v1/verify", "{\"messageHash\":\"" + hash + "\",\"signature\":\"" + signature + "\"," + target + "}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().getBoolean("valid");
    }

    private static List<String> strings(JsonObject json, String field) {
        return json.getJsonArray(field).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static String jsonArray(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }
}
