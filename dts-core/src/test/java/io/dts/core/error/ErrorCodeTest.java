package io.dts.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ErrorCodeTest {

    /** The seed contract's constants, as clients of the contract know them. */
    private static final Map<Integer, String> SEED = Map.ofEntries(
            Map.entry(100, "ERR-UNAUTHORIZED"), Map.entry(101, "ERR-INVALID-PARAMS"),
            Map.entry(102, "ERR-INSUFFICIENT-STAKE"), Map.entry(103, "ERR-INVALID-SIGNATURE"),
            Map.entry(104, "ERR-INVALID-THRESHOLD"), Map.entry(105, "ERR-WATCHTOWER-EXISTS"),
            Map.entry(106, "ERR-NOT-ACTIVE-SIGNER"), Map.entry(107, "ERR-ALREADY-REGISTERED"),
            Map.entry(108, "ERR-INVALID-METRICS"), Map.entry(109, "ERR-INVALID-SIGNATURE-LENGTH"),
            Map.entry(110, "ERR-INVALID-KEY-LENGTH"), Map.entry(111, "ERR-ALREADY-INITIALIZED"),
            Map.entry(112, "ERR-GOVERNANCE-VOTING-CLOSED"), Map.entry(113, "ERR-ALREADY-VOTED"),
            Map.entry(114, "ERR-PROPOSAL-NOT-FOUND"), Map.entry(115, "ERR-INVALID-VOTE"),
            Map.entry(116, "ERR-PROPOSAL-NOT-ACTIVE"), Map.entry(117, "ERR-INVALID-CROSS-CHAIN-PROOF"),
            Map.entry(118, "ERR-EMERGENCY-PAUSED"), Map.entry(119, "ERR-INSUFFICIENT-REPUTATION"));

    @Test
    void seedCodesKeepTheirNumbersAndNames() {
        Map<Integer, String> ours = Arrays.stream(ErrorCode.values())
                .filter(c -> c.code() < 120)
                .collect(Collectors.toMap(ErrorCode::code, ErrorCode::errorName));

        assertThat(ours).isEqualTo(SEED);
    }

    @Test
    void dtsOwnCodesStartAt121AndNoNumberIsUsedTwice() {
        assertThat(Arrays.stream(ErrorCode.values()).filter(c -> c.code() >= 120))
                .allSatisfy(c -> assertThat(c.code()).isGreaterThanOrEqualTo(121));
        assertThat(Arrays.stream(ErrorCode.values()).map(ErrorCode::code).distinct().count())
                .isEqualTo(ErrorCode.values().length);
    }

    @Test
    void theRewardCodesAre126And127() {
        assertThat(ErrorCode.REWARD_ALREADY_CLAIMED.code()).isEqualTo(126);
        assertThat(ErrorCode.REWARD_ALREADY_CLAIMED.errorName()).isEqualTo("ERR-REWARD-ALREADY-CLAIMED");
        assertThat(ErrorCode.REWARD_POOL_INSUFFICIENT.code()).isEqualTo(127);
        assertThat(ErrorCode.REWARD_POOL_INSUFFICIENT.errorName()).isEqualTo("ERR-REWARD-POOL-INSUFFICIENT");
    }
}
