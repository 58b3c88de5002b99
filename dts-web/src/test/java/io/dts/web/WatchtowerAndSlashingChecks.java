package io.dts.web;

import static io.dts.web.Api.OWNER;
import static io.dts.web.Api.OWNER_PASSWORD;
import static io.dts.web.SignerChecks.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import io.dts.web.Api.Answer;
import io.dts.web.Contract.TestSigner;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Watchtower reports, slashing and the event log, inside Payara Micro. */
abstract class WatchtowerAndSlashingChecks extends DeployedDts {

    private static final String EVIDENCE = "ab".repeat(32);


    @BeforeEach
    void cleanSlate() {
        contract.cleanSlate();
    }

    @Test
    void watchtowerRegistersOnceAndIsReadableByAnyone() {
        String name = api.newAccount("tower");
        long eventsBefore = contract.lastEventId();

        Answer registered = api.post("api/v1/watchtowers", "", name, name + name);
        assertThat(registered.status()).isEqualTo(201);
        assertThat(contract.eventsAfter(eventsBefore, "WATCHTOWER_REGISTERED")).singleElement().satisfies(e -> {
            assertThat(e.getString("actor")).isEqualTo(name);
            assertThat(e.getJsonObject("data").getString("watchtower")).isEqualTo(name);
        });
        assertThat(registered.json().getJsonNumber("lastReport").longValue()).isZero();
        assertThat(registered.json().getJsonNumber("reportsSubmitted").longValue()).isZero();
        assertThat(registered.json().getInt("accuracyScore")).isEqualTo(100);
        assertThat(registered.json().getBoolean("isActive")).isTrue();

        assertRefused(api.post("api/v1/watchtowers", "", name, name + name), 409, 105);
        assertThat(api.get("api/v1/watchtowers/" + name).json().getBoolean("isActive")).isTrue();
        assertRefused(api.get("api/v1/watchtowers/nobody-" + name), 404, 122);
    }

    @Test
    void reportUpdatesTheSignersMetricsExactlyAsTheSeed() {
        TestSigner signer = contract.newSigner("watched", 1_000);
        String tower = watchtower();
        long eventsBefore = contract.lastEventId();

        Answer first = report(tower, signer.name(), 80, 70, 1);
        assertThat(first.status()).isEqualTo(200);
        assertThat(contract.eventsAfter(eventsBefore, "WATCHTOWER_REPORT")).singleElement().satisfies(e -> {
            assertThat(e.getString("actor")).isEqualTo(tower);
            JsonObject data = e.getJsonObject("data");
            assertThat(data.getString("watchtower")).isEqualTo(tower);
            assertThat(data.getString("signer")).isEqualTo(signer.name());
            assertThat(data.getInt("uptime")).isEqualTo(80);
            assertThat(data.getInt("signingSpeed")).isEqualTo(70);
            assertThat(data.getInt("validSignatures")).isEqualTo(1);
        });
        JsonObject metrics = first.json().getJsonObject("performanceMetrics");
        assertThat(metrics.getInt("uptime")).isEqualTo(80);
        assertThat(metrics.getInt("signingSpeed")).isEqualTo(70);
        assertThat(metrics.getJsonNumber("totalSignatures").longValue()).isEqualTo(1);
        assertThat(metrics.getJsonNumber("validSignatures").longValue()).isEqualTo(1);
        assertThat(metrics.getInt("accuracy")).isEqualTo(100);

        JsonObject second = report(tower, signer.name(), 60, 50, 0).json();
        metrics = second.getJsonObject("performanceMetrics");
        assertThat(metrics.getInt("uptime")).isEqualTo(60);
        assertThat(metrics.getInt("signingSpeed")).isEqualTo(50);
        assertThat(metrics.getJsonNumber("totalSignatures").longValue()).isEqualTo(2);
        assertThat(metrics.getJsonNumber("validSignatures").longValue()).isEqualTo(1);
        assertThat(metrics.getInt("accuracy")).isEqualTo(50);
        assertThat(second.getJsonNumber("lastActive").longValue())
                .isGreaterThanOrEqualTo(second.getJsonNumber("registeredHeight").longValue());

        JsonObject watchtower = api.get("api/v1/watchtowers/" + tower).json();
        assertThat(watchtower.getJsonNumber("reportsSubmitted").longValue()).isEqualTo(2);
        assertThat(watchtower.getJsonNumber("lastReport").longValue()).isEqualTo(second.getJsonNumber("lastActive").longValue());

        List<JsonObject> history = Api.parseArray(api.get("api/v1/signers/" + signer.name() + "/history").body())
                .stream().map(JsonValue::asJsonObject).toList();
        assertThat(history.stream().mapToInt(h -> h.getInt("reports")).sum()).isEqualTo(2);
        assertThat(history.get(history.size() - 1).getInt("uptime")).isEqualTo(60);
    }

    @Test
    void reportsAreRefusedWithTheSeedsCodesAndChangeNothing() {
        TestSigner signer = contract.newSigner("guarded", 1_000);
        String tower = watchtower();
        String outsider = api.newAccount("outsider");

        assertRefused(report(outsider, signer.name(), 50, 50, 1), 403, 100);
        assertRefused(report(tower, signer.name(), 101, 50, 1), 400, 108);
        assertRefused(report(tower, signer.name(), 50, 101, 1), 400, 108);
        assertRefused(report(tower, signer.name(), 50, 50, 2), 400, 108);
        assertRefused(report(tower, signer.name(), -1, 50, 1), 400, 108);
        assertRefused(report(tower, "nobody-" + signer.name(), 50, 50, 1), 400, 101);

        JsonObject unchanged = contract.signer(signer.name()).getJsonObject("performanceMetrics");
        assertThat(unchanged.getInt("uptime")).isEqualTo(100);
        assertThat(unchanged.getJsonNumber("totalSignatures").longValue()).isZero();
        assertThat(api.get("api/v1/watchtowers/" + tower).json().getJsonNumber("reportsSubmitted").longValue()).isZero();
    }

    @Test
    void ownerSlashMovesStakeToThePoolAndCostsTenReputation() {
        TestSigner signer = contract.newSigner("slashed", 2_000);
        long poolBefore = contract.network().getJsonNumber("rewardPool").longValue();
        long eventsBefore = contract.lastEventId();
        // A rotation recomputes reputation: keep the timer's next one well away from what follows.
        contract.noRotationWithin(10);
        long epochBefore = contract.epoch();
        int reputationBefore = contract.signer(signer.name()).getInt("reputationScore");

        Answer slashed = slash(signer.name(), 300, EVIDENCE);

        assertThat(slashed.status()).isEqualTo(200);
        JsonObject after = slashed.json();
        assertThat(after.getJsonNumber("stake").longValue()).isEqualTo(1_700);
        JsonObject history = after.getJsonObject("slashingHistory");
        assertThat(history.getInt("totalSlashes")).isEqualTo(1);
        assertThat(history.getJsonNumber("slashedAmount").longValue()).isEqualTo(300);
        assertThat(history.getJsonNumber("lastSlashHeight").longValue()).isPositive();
        assertThat(contract.epoch()).as("no rotation between reading the reputation and the slash").isEqualTo(epochBefore);
        assertThat(after.getInt("reputationScore")).isEqualTo(reputationBefore - 10);
        assertThat(contract.account(signer).getJsonNumber("lockedStake").longValue()).isEqualTo(1_700);
        assertThat(contract.network().getJsonNumber("rewardPool").longValue()).isEqualTo(poolBefore + 300);
        assertThat(contract.eventsAfter(eventsBefore, "SIGNER_SLASHED")).singleElement()
                .satisfies(e -> assertThat(e.getJsonObject("data").getString("evidence")).isEqualTo(EVIDENCE));
    }

    @Test
    void slashesOutsideTheRulesAreRefusedAndChangeNothing() {
        TestSigner signer = contract.newSigner("protected", 1_000);
        String stranger = api.newAccount("stranger");

        assertRefused(api.post("api/v1/signers/" + signer.name() + "/slash",
                "{\"amount\":10,\"evidence\":\"" + EVIDENCE + "\"}", stranger, stranger + stranger), 403, 100);
        assertRefused(slash("nobody-" + signer.name(), 10, EVIDENCE), 404, 122);
        assertRefused(slash(signer.name(), 10, "ab".repeat(31)), 400, 101);
        assertRefused(slash(signer.name(), 10, "zz".repeat(32)), 400, 101);
        assertRefused(slash(signer.name(), 0, EVIDENCE), 400, 101);
        assertRefused(slash(signer.name(), 1_001, EVIDENCE), 400, 101);

        JsonObject unchanged = contract.signer(signer.name());
        assertThat(unchanged.getJsonNumber("stake").longValue()).isEqualTo(1_000);
        assertThat(unchanged.getJsonObject("slashingHistory").getInt("totalSlashes")).isZero();
    }

    @Test
    void thirdSlashRemovesTheSignerAndABackupTakesItsSeat() {
        TestSigner culprit = contract.fillCommittee("seat", 1_000).get(0);
        TestSigner backup = contract.newSigner("backup", 1_000);
        assertThat(contract.signer(backup.name()).getString("status")).isEqualTo("BACKUP");
        long eventsBefore = contract.lastEventId();

        slash(culprit.name(), 10, EVIDENCE);
        slash(culprit.name(), 10, EVIDENCE);
        assertThat(contract.signer(culprit.name()).getString("status")).isEqualTo("PRIMARY");
        JsonObject third = slash(culprit.name(), 10, EVIDENCE).json();

        assertThat(third.getString("status")).isEqualTo("REMOVED");
        assertThat(third.getBoolean("active")).isFalse();
        assertThat(third.getJsonObject("slashingHistory").getInt("totalSlashes")).isEqualTo(3);
        assertThat(contract.signer(backup.name()).getString("status")).isEqualTo("PRIMARY");
        assertThat(contract.eventsAfter(eventsBefore, "SIGNER_REMOVED")).hasSize(1);
        assertThat(contract.eventsAfter(eventsBefore, "SIGNER_JOINED_COMMITTEE"))
                .anySatisfy(e -> assertThat(e.getJsonObject("data").getString("signer")).isEqualTo(backup.name()));
    }

    @Test
    void eventsArePagedOldestFirst() {
        contract.newSigner("eventful", 1_000);

        List<JsonObject> first = page(0, 3);
        assertThat(first).hasSize(3);
        long previous = 0;
        for (JsonObject e : first) {
            long id = e.getJsonNumber("id").longValue();
            assertThat(id).isGreaterThan(previous);
            assertThat(e.keySet()).contains("height", "type", "actor", "data", "at");
            previous = id;
        }
        assertThat(page(previous, 1).get(0).getJsonNumber("id").longValue()).isGreaterThan(previous);
        assertRefused(api.get("api/v1/events?limit=0"), 400, 101);
        assertRefused(api.get("api/v1/events?limit=abc"), 400, 101);
        assertRefused(api.get("api/v1/events?after=-1"), 400, 101);
    }

    private List<JsonObject> page(long after, int limit) {
        return Api.parseArray(api.get("api/v1/events?after=" + after + "&limit=" + limit).body()).stream()
                .map(JsonValue::asJsonObject).toList();
    }

    private String watchtower() {
        String name = api.newAccount("tower");
        assertThat(api.post("api/v1/watchtowers", "", name, name + name).status()).isEqualTo(201);
        return name;
    }

    private Answer report(String tower, String signer, int uptime, int speed, int valid) {
        return api.post("api/v1/watchtowers/reports", "{\"signer\":\"" + signer + "\",\"uptime\":" + uptime
                + ",\"signingSpeed\":" + speed + ",\"validSignatures\":" + valid + "}", tower, tower + tower);
    }

    private Answer slash(String signer, long amount, String evidence) {
        return api.post("api/v1/signers/" + signer + "/slash", "{\"amount\":" + amount + ",\"evidence\":\"" + evidence + "\"}",
                OWNER, OWNER_PASSWORD);
    }
}
