package io.dts.web;

import static io.dts.web.SignerChecks.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import io.dts.web.Api.Answer;
import io.dts.web.Contract.TestSigner;
import io.dts.web.crypto.RawBlst;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /partial-signatures/batch}: a signer sends its partials for several requests in one
 * call, and each is answered exactly as it would have been alone.
 */
abstract class PartialBatchChecks extends DeployedDts {

    List<TestSigner> committee;

    @BeforeEach
    void cleanSlate() {
        contract.cleanSlate();
        committee = contract.fillCommittee("batch", 1_000);
    }

    @Test
    void oneCallSignsSeveralRequestsAndEachPartialIsAnsweredOnItsOwn() {
        List<String> hashes = List.of(openRequest(), openRequest(), openRequest());
        for (TestSigner member : committee.subList(0, 2)) {
            JsonObject answer = batch(member, hashes.stream().map(h -> partial(h, signature(member, h))).toList());
            assertThat(statuses(answer)).containsExactly(201, 201, 201);
        }
        TestSigner third = committee.get(2);
        JsonObject before = contract.account(third);
        long fee = Contract.MIN_STAKE * new Money(contract).protocolFee() / 100;
        String unknown = randomHash();
        String wrong = Contract.keyFor("not-" + third.name()).sign(HexFormat.of().parseHex(unknown)).toHex();
        JsonObject answer = batch(third, List.of(
                partial(hashes.get(0), signature(third, hashes.get(0))),
                partial(unknown, signature(third, unknown)),
                partial(hashes.get(1), signature(third, hashes.get(1)).substring(2)),
                partial(hashes.get(1), signature(third, hashes.get(1))),
                partial(hashes.get(2), signature(third, hashes.get(2))),
                partial(hashes.get(0), signature(third, hashes.get(0)))));

        assertThat(statuses(answer)).containsExactly(201, 404, 400, 201, 201, 200);
        List<JsonObject> results = results(answer);
        assertThat(results.get(1).getInt("code")).isEqualTo(122);
        assertThat(results.get(2).getInt("code")).isEqualTo(109);
        for (int i : new int[] {0, 3, 4}) {
            JsonObject receipt = results.get(i).getJsonObject("receipt");
            assertThat(receipt.getString("status")).isEqualTo("COMPLETE");
            List<String> participants = receipt.getJsonArray("participants").getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString).toList();
            List<String> keys = committee.stream().filter(m -> participants.contains(m.name()))
                    .map(m -> m.key().publicKey().toHex()).toList();
            assertThat(keys).hasSize(Contract.THRESHOLD);
            assertThat(RawBlst.fastAggregateVerify(keys, receipt.getString("messageHash"), receipt.getString("aggregateSignature")))
                    .isTrue();
        }
        JsonObject after = contract.account(third);
        long spent = before.getJsonNumber("balance").longValue() + before.getJsonNumber("lockedStake").longValue()
                - after.getJsonNumber("balance").longValue() - after.getJsonNumber("lockedStake").longValue();
        assertThat(spent).as("three partials recorded, three fees").isEqualTo(3 * fee);
        assertThat(contract.signer(third.name()).getJsonObject("performanceMetrics").getJsonNumber("validSignatures")
                .longValue()).isEqualTo(3);

        // A wrong signature in a batch is refused and slashed; the good one beside it stands.
        String next = openRequest();
        JsonObject mixed = batch(third, List.of(partial(next, signature(third, next)), partial(hashes.get(2), wrong)));
        assertThat(statuses(mixed)).containsExactly(201, 200);
        JsonObject lying = batch(committee.get(3), List.of(partial(next, signature(committee.get(3), next)),
                partial(next, wrong)));
        assertThat(statuses(lying)).containsExactly(201, 200);
        String another = openRequest();
        JsonObject refused = batch(committee.get(3), List.of(partial(another, wrong), partial(next, signature(committee.get(3), next))));
        assertThat(statuses(refused)).containsExactly(422, 200);
        assertThat(contract.signer(committee.get(3).name()).getJsonObject("slashingHistory").getInt("totalSlashes")).isEqualTo(1);
    }

    @Test
    void anEmptyOrOversizedBatchIsRefusedWholeAndOutsidersAreRefusedPerPartial() {
        TestSigner member = committee.get(0);
        assertRefused(post(member, "{\"partials\":[]}"), 400, 101);
        String hash = openRequest();
        String one = partial(hash, signature(member, hash));
        assertRefused(post(member, "{\"partials\":[" + String.join(",", java.util.Collections.nCopies(257, one)) + "]}"), 400, 101);
        assertRefused(post(member, "{\"partials\":{}}"), 400, 123);
        assertThat(requestPartials(hash)).isEmpty();

        TestSigner outsider = contract.newSigner("outsider", 1_000); // a backup: not in the committee
        JsonObject answer = batch(outsider, List.of(partial(hash, signature(outsider, hash)), "null"));
        assertThat(statuses(answer)).containsExactly(403, 400);
        assertThat(results(answer).get(0).getInt("code")).isEqualTo(106);
        assertThat(requestPartials(hash)).isEmpty();
    }

    private JsonObject batch(TestSigner member, List<String> partials) {
        Answer answer = post(member, "{\"partials\":[" + String.join(",", partials) + "]}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private Answer post(TestSigner member, String body) {
        return api.post("api/v1/partial-signatures/batch", body, member.name(), member.password());
    }

    private static List<JsonObject> results(JsonObject answer) {
        return answer.getJsonArray("results").getValuesAs(JsonObject.class);
    }

    private static List<Integer> statuses(JsonObject answer) {
        return results(answer).stream().map(r -> r.getInt("status")).collect(Collectors.toCollection(ArrayList::new));
    }

    private List<JsonValue> requestPartials(String hash) {
        return Api.parseArray(api.get("api/v1/signing-requests?limit=1000&status=PENDING").body()).stream()
                .map(JsonValue::asJsonObject).filter(r -> r.getString("messageHash").equals(hash))
                .findFirst().orElseThrow().getJsonArray("partials");
    }

    private String openRequest() {
        String requester = api.newAccount("requester");
        Answer opened = api.post("api/v1/signing-requests", "{\"messageHash\":\"" + randomHash() + "\"}", requester,
                requester + requester);
        assertThat(opened.status()).isEqualTo(201);
        return opened.json().getString("messageHash");
    }

    private static String signature(TestSigner member, String hash) {
        return member.key().sign(HexFormat.of().parseHex(hash)).toHex();
    }

    private static String partial(String hash, String signature) {
        return "{\"messageHash\":\"" + hash + "\",\"signature\":\"" + signature + "\"}";
    }

    private static String randomHash() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
