package io.dts.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.dts.web.Api.Answer;
import io.dts.web.Contract.TestSigner;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The block timer rotates the committee by reputation (one-second blocks, twenty-block epochs). */
abstract class RotationChecks extends DeployedDts {


    @BeforeEach
    void cleanSlate() {
        contract.cleanSlate();
    }

    @Test
    void timerRotationReplacesASignerWhoseReputationFellBelowTheThreshold() {
        java.util.List<TestSigner> seated = contract.fillCommittee("steady", 1_000);
        TestSigner failing = seated.get(1);
        TestSigner waiting = contract.newSigner("waiting", 1_000);
        assertThat(contract.signer(waiting.name()).getString("status")).isEqualTo("BACKUP");

        // A watchtower reports that "failing" is down and signs nothing valid.
        String tower = api.newAccount("tower");
        api.post("api/v1/watchtowers", "", tower, tower + tower);
        for (int i = 0; i < 3; i++) {
            Answer report = api.post("api/v1/watchtowers/reports", "{\"signer\":\"" + failing.name()
                    + "\",\"uptime\":0,\"signingSpeed\":0,\"validSignatures\":0}", tower, tower + tower);
            assertThat(report.status()).isEqualTo(200);
        }
        long reportedIn = contract.epoch();

        // The next rotation comes from the timer, within one rotation period.
        boolean rotated = Contract.eventually(Duration.ofSeconds(Contract.ROTATION_PERIOD * 3 + 10),
                () -> contract.epoch() > reportedIn);
        assertThat(rotated).as("a timer rotation within three rotation periods").isTrue();

        JsonObject demoted = contract.signer(failing.name());
        assertThat(demoted.getString("status")).isEqualTo("BACKUP");
        assertThat(demoted.getInt("reputationScore")).isLessThan(50);
        assertThat(contract.signer(waiting.name()).getString("status")).isEqualTo("PRIMARY");

        JsonObject epoch = api.get("api/v1/epochs/" + (reportedIn + 1)).json();
        List<String> committee = epoch.getJsonArray("committee").stream().map(JsonValue::asJsonObject)
                .map(m -> m.getString("signer")).toList();
        java.util.List<String> expected = new java.util.ArrayList<>(seated.stream().map(TestSigner::name).toList());
        expected.remove(failing.name());
        expected.add(waiting.name());
        assertThat(committee).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(epoch.getInt("threshold")).isEqualTo(Contract.THRESHOLD);

        List<JsonObject> history = Api.parseArray(api.get("api/v1/signers/" + failing.name() + "/history").body())
                .stream().map(JsonValue::asJsonObject).toList();
        // The reports land in the epoch current when they arrive; the closing rotation records the reputation.
        assertThat(history.stream().mapToInt(h -> h.getInt("reports")).sum()).isEqualTo(3);
        assertThat(history).anySatisfy(h -> assertThat(h.getInt("reputationScore")).isLessThan(50));
    }
}
