package io.dts.core.rewards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The seed's reward: 1000 × ((uptime + accuracy) / 2) × (stake / minStake), exact and overflow-safe. */
class RewardFormulaTest {

    @Test
    void aPerfectMemberWithTheMinimumStakeEarnsAThousandTimesAHundred() {
        assertThat(RewardFormula.reward(100, 100, 1_000, 1_000)).isEqualTo(100_000);
    }

    @Test
    void theRewardGrowsWithStakeInProportionNotInWholeMultiplesOfMinStake() {
        assertThat(RewardFormula.reward(100, 100, 2_000, 1_000)).isEqualTo(200_000);
        assertThat(RewardFormula.reward(100, 100, 1_500, 1_000)).isEqualTo(150_000);
        assertThat(RewardFormula.reward(100, 100, 1_001, 1_000)).isEqualTo(100_100);
    }

    @Test
    void anOddSumOfUptimeAndAccuracyIsNotRoundedAwayBeforeMultiplying() {
        // 1000 × 147 × 1234 / 2000 = 90699, where (73 + 74) / 2 first would give 73 and 90082
        assertThat(RewardFormula.reward(73, 74, 1_234, 1_000)).isEqualTo(90_699);
    }

    @Test
    void theResultIsRoundedDown() {
        // 1000 × 3 × 1 / (2 × 7) = 214.28…
        assertThat(RewardFormula.reward(1, 2, 1, 7)).isEqualTo(214);
    }

    @Test
    void aMemberWithNoUptimeAndNoAccuracyEarnsNothing() {
        assertThat(RewardFormula.reward(0, 0, 5_000, 1_000)).isZero();
    }

    @Test
    void hugeStakesDoNotOverflowButAreCappedAtTheLargestAmount() {
        assertThat(RewardFormula.reward(100, 100, Long.MAX_VALUE, Long.MAX_VALUE)).isEqualTo(100_000);
        assertThat(RewardFormula.reward(100, 100, Long.MAX_VALUE, 1)).isEqualTo(Long.MAX_VALUE);
        // 1000 × 200 × (2^62) / (2 × 2^40) = 100 000 × 2^22, where 1000 × 200 × 2^62 overflows a long
        assertThat(RewardFormula.reward(100, 100, 1L << 62, 1L << 40)).isEqualTo(100_000L << 22);
    }

    @Test
    void negativeInputsAndAZeroMinimumStakeAreRefused() {
        assertThatThrownBy(() -> RewardFormula.reward(-1, 100, 1_000, 1_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RewardFormula.reward(100, 100, -1, 1_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RewardFormula.reward(100, 100, 1_000, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
