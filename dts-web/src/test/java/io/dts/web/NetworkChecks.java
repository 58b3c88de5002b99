package io.dts.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.dts.web.Api.Answer;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The network's public state and health, inside Payara Micro. */
abstract class NetworkChecks extends DeployedDts {


    @Test
    void networkStatusShowsEveryFieldOfTheDesignAndItsOwner() {
        Answer network = api.get("api/v1/network");

        assertThat(network.status()).isEqualTo(200);
        JsonObject json = network.json();
        assertThat(json.keySet()).contains("initialized", "owner", "paused", "blockHeight", "epoch", "params",
                "activeSignerCount", "lastRotationHeight", "nextRotationHeight", "rewardPool");
        assertThat(json.getString("owner")).isEqualTo(Api.OWNER);
        // Other test classes share this network and may have initialized it; a fresh network is
        // checked by RestartIT. Until initialize, the parameters and rotation heights are null.
        boolean initialized = json.getBoolean("initialized");
        assertThat(network.isNull("params")).isEqualTo(!initialized);
        assertThat(network.isNull("nextRotationHeight")).isEqualTo(!initialized);
    }

    @Test
    void blockHeightGrowsWithTheBlockInterval() throws InterruptedException {
        long first = height();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        long later = first;
        while (later < first + 2 && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            later = height();
        }
        // One-second blocks in the tests: two blocks within twenty seconds, however slow the machine.
        assertThat(later).isGreaterThanOrEqualTo(first + 2);
    }

    @Test
    void healthIsUpWhileTheDatabaseAnswers() {
        Answer health = api.get("/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().getString("status")).isEqualTo("UP");
        assertThat(health.body()).contains("\"database\"");
    }

    private long height() {
        return api.get("api/v1/network").json().getJsonNumber("blockHeight").longValue();
    }
}
