package io.dts.web;

import static io.dts.web.SignerChecks.assertRefused;
import static io.dts.web.SigningRequests.partialJson;
import static io.dts.web.SigningRequests.randomHash;
import static io.dts.web.SigningRequests.signature;
import static org.assertj.core.api.Assertions.assertThat;

import io.dts.web.Api.Answer;
import io.dts.web.Contract.TestSigner;
import io.dts.web.crypto.RawBlst;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
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
    SigningRequests requests;

    @BeforeEach
    void cleanSlate() {
        contract.cleanSlate();
        committee = contract.fillCommittee("batch", 1_000);
        requests = new SigningRequests(api);
    }

    @Test
    void oneCallSignsSeveralRequestsAndEachPartialIsAnsweredOnItsOwn() {
        List<String> hashes = List.of(requests.openNew(), requests.openNew(), requests.openNew());
        for (TestSigner member : committee.subList(0, 2)) {
            JsonObject answer = batch(member, hashes.stream().map(h -> partialJson(h, signature(member.key(), h))).toList());
            assertThat(statuses(answer)).containsExactly(201, 201, 201);
        }
        TestSigner third = committee.get(2);
        JsonObject before = contract.account(third);
        long fee = Contract.MIN_STAKE * new Money(contract).protocolFee() / 100;
        String unknown = randomHash();
        String wrong = Contract.keyFor("not-" + third.name()).sign(HexFormat.of().parseHex(unknown)).toHex();
        JsonObject answer = batch(third, List.of(
                partialJson(hashes.get(0), signature(third.key(), hashes.get(0))),
                partialJson(unknown, signature(third.key(), unknown)),
                partialJson(hashes.get(1), signature(third.key(), hashes.get(1)).substring(2)),
                partialJson(hashes.get(1), signature(third.key(), hashes.get(1))),
                partialJson(hashes.get(2), signature(third.key(), hashes.get(2))),
                partialJson(hashes.get(0), signature(third.key(), hashes.get(0)))));

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
        String next = requests.openNew();
        JsonObject mixed = batch(third, List.of(partialJson(next, signature(third.key(), next)), partialJson(hashes.get(2), wrong)));
        assertThat(statuses(mixed)).containsExactly(201, 200);
        JsonObject lying = batch(committee.get(3), List.of(partialJson(next, signature(committee.get(3).key(), next)),
                partialJson(next, wrong)));
        assertThat(statuses(lying)).containsExactly(201, 200);
        String another = requests.openNew();
        JsonObject refused = batch(committee.get(3), List.of(partialJson(another, wrong), partialJson(next, signature(committee.get(3).key(), next))));
        assertThat(statuses(refused)).containsExactly(422, 200);
        assertThat(contract.signer(committee.get(3).name()).getJsonObject("slashingHistory").getInt("totalSlashes")).isEqualTo(1);
    }

    @Test
    void anEmptyOrOversizedBatchIsRefusedWholeAndOutsidersAreRefusedPerPartial() {
        TestSigner member = committee.get(0);
        assertRefused(post(member, "{\"partials\":[]}"), 400, 101);
        String hash = requests.openNew();
        String one = partialJson(hash, signature(member.key(), hash));
        assertRefused(post(member, "{\"partials\":[" + String.join(",", java.util.Collections.nCopies(257, one)) + "]}"), 400, 101);
        assertRefused(post(member, "{\"partials\":{}}"), 400, 123);
        assertThat(requestPartials(hash)).isEmpty();

        TestSigner outsider = contract.newSigner("outsider", 1_000); // a backup: not in the committee
        JsonObject answer = batch(outsider, List.of(partialJson(hash, signature(outsider.key(), hash)), "null"));
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
}
