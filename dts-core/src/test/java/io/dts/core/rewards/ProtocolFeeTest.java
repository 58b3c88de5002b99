package io.dts.core.rewards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** floor(amount × percent / 100), exact for every long amount. */
class ProtocolFeeTest {

    @Test
    void onePercentOfAStakeIsRoundedDown() {
        assertThat(ProtocolFee.of(1_500, 1)).isEqualTo(15);
        assertThat(ProtocolFee.of(1_099, 1)).isEqualTo(10);
        assertThat(ProtocolFee.of(99, 1)).isZero();
    }

    @Test
    void zeroPercentIsFreeAndAHundredPercentIsTheWholeAmount() {
        assertThat(ProtocolFee.of(123_456, 0)).isZero();
        assertThat(ProtocolFee.of(123_456, 100)).isEqualTo(123_456);
    }

    @Test
    void theLargestAmountsDoNotOverflow() {
        assertThat(ProtocolFee.of(Long.MAX_VALUE, 100)).isEqualTo(Long.MAX_VALUE);
        assertThat(ProtocolFee.of(Long.MAX_VALUE, 37)).isEqualTo(exact(Long.MAX_VALUE, 37));
    }

    @Test
    void agreesWithExactArithmeticOnRandomAmounts() {
        Random random = new Random(20261201L);
        for (int i = 0; i < 10_000; i++) {
            long amount = random.nextLong() & Long.MAX_VALUE;
            int percent = random.nextInt(101);
            assertThat(ProtocolFee.of(amount, percent)).as(amount + " at " + percent + " %").isEqualTo(exact(amount, percent));
        }
    }

    @Test
    void negativeAmountsAndPercentsOutsideZeroToAHundredAreRefused() {
        assertThatThrownBy(() -> ProtocolFee.of(-1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProtocolFee.of(1, 101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProtocolFee.of(1, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static long exact(long amount, int percent) {
        return BigInteger.valueOf(amount).multiply(BigInteger.valueOf(percent)).divide(BigInteger.valueOf(100)).longValueExact();
    }
}
