package io.dts.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BlockTimeTest {

    @Test
    void shortSpansAreSecondsAtOneSecondBlocks() {
        assertThat(BlockTime.span(3, 1)).isEqualTo("3 blocks (about 3 s)");
        assertThat(BlockTime.span(1, 1)).isEqualTo("1 block (about 1 s)");
    }

    @Test
    void theDefaultsReadAsMinutesAndHoursAtFiveSecondBlocks() {
        assertThat(BlockTime.approximately(144, 5)).isEqualTo("about 12 min");
        assertThat(BlockTime.approximately(1728, 5)).isEqualTo("about 2 h 24 min");
        assertThat(BlockTime.approximately(1440, 5)).isEqualTo("about 2 h");
        assertThat(BlockTime.approximately(100_000, 5)).isEqualTo("about 5 d 19 h");
    }

    @Test
    void aPastHeightIsNeverANegativeTime() {
        assertThat(BlockTime.approximately(-4, 5)).isEqualTo("about 0 s");
    }
}
