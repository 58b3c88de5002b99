package io.dts.core.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReputationTest {

    private static final long PERIOD = 144;

    private static Reputation.Inputs inputs(int uptime, int speed, int accuracy, long staked, int participation, int slashes) {
        return new Reputation.Inputs(uptime, speed, accuracy, staked, PERIOD, participation, slashes);
    }

    @Test
    void perfectSignerStakedForTenEpochsHasFullReputation() {
        assertThat(Reputation.compute(inputs(100, 100, 100, 10 * PERIOD, 100, 0))).isEqualTo(100);
    }

    @Test
    void newcomerWithPerfectMetricsLacksOnlyTheStakeDurationShare() {
        assertThat(Reputation.compute(inputs(100, 100, 100, 0, 100, 0))).isEqualTo(90);
        assertThat(Reputation.compute(inputs(100, 100, 100, 5 * PERIOD, 100, 0))).isEqualTo(95);
    }

    @ParameterizedTest(name = "uptime {0}, speed {1}, accuracy {2}, participation {3} -> {4}")
    @CsvSource({
        "0, 0, 0, 100, 20",     // down and wrong: only participation counts
        "50, 50, 50, 50, 45",
        "100, 0, 100, 100, 75",
        "0, 100, 100, 100, 65"
    })
    void weightsAreUptime25Speed15Accuracy30Stake10Participation20(int uptime, int speed, int accuracy,
            int participation, int expected) {
        assertThat(Reputation.compute(inputs(uptime, speed, accuracy, 0, participation, 0))).isEqualTo(expected);
    }

    @Test
    void eachSlashCostsTenAndReputationNeverFallsBelowOne() {
        assertThat(Reputation.compute(inputs(100, 100, 100, 10 * PERIOD, 100, 1))).isEqualTo(90);
        assertThat(Reputation.compute(inputs(100, 100, 100, 10 * PERIOD, 100, 3))).isEqualTo(70);
        assertThat(Reputation.compute(inputs(0, 0, 0, 0, 0, 5))).isEqualTo(1);
        assertThat(Reputation.afterSlash(100)).isEqualTo(90);
        assertThat(Reputation.afterSlash(5)).isEqualTo(1);
    }

    @Test
    void outOfRangeMetricsAreBoundedNotTrusted() {
        assertThat(Reputation.compute(inputs(500, 500, 500, Long.MAX_VALUE / 2, 500, 0))).isEqualTo(100);
        assertThat(Reputation.compute(inputs(-50, -50, -50, -10, -50, 0))).isEqualTo(1);
    }

    @Test
    void accuracyIsValidOverTotalAndFullWhileNothingWasCounted() {
        assertThat(Reputation.accuracy(0, 0)).isEqualTo(100);
        assertThat(Reputation.accuracy(1, 2)).isEqualTo(50);
        assertThat(Reputation.accuracy(2, 3)).isEqualTo(66);
        assertThat(Reputation.accuracy(0, 4)).isZero();
    }
}
