package io.dts.core.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dts.core.error.DtsException;
import io.dts.core.error.ErrorCode;
import org.junit.jupiter.api.Test;

/** One validation for initialize and parameter-change proposals. */
class NetworkParamsTest {

    private static final NetworkParams TEST = new NetworkParams(1_000, 2, 5, 20, 3, 50);

    @Test
    void theSeedsParametersGetTheGovernanceDefaults() {
        assertThat(TEST.governanceThreshold()).isEqualTo(67);
        assertThat(TEST.quorum()).isEqualTo(20);
        assertThat(TEST.minProposalDuration()).isEqualTo(144);
        assertThat(TEST.proposalFee()).isEqualTo(10_000);
        assertThat(TEST.minReputationToPropose()).isEqualTo(80);
        assertThat(TEST.executionDelay()).isEqualTo(144);
        assertThat(TEST.protocolFee()).isEqualTo(1);
    }

    @Test
    void aChangeOfOneParameterKeepsTheOthers() {
        NetworkParams changed = TEST.with("quorum", 35);

        assertThat(changed.quorum()).isEqualTo(35);
        assertThat(changed).isEqualTo(new NetworkParams(1_000, 2, 5, 20, 3, 50, 67, 35, 144, 10_000, 80, 144, 1));
    }

    @Test
    void everyParameterCanBeChangedByName() {
        for (NetworkParameter parameter : NetworkParameter.values()) {
            long current = parameter.valueIn(TEST);
            long next = parameter == NetworkParameter.TOTAL_SIGNERS ? current + 1 : Math.max(1, current - 1);
            assertThat(parameter.valueIn(TEST.with(parameter.jsonName(), next))).as(parameter.jsonName()).isEqualTo(next);
        }
    }

    @Test
    void aChangeIsValidatedAgainstTheOtherParametersAsInitializeDoes() {
        refused(() -> TEST.with("signatureThreshold", 6));
        refused(() -> TEST.with("totalSigners", 2));         // threshold 3 would exceed it
        refused(() -> TEST.with("requiredSigners", 6));
        refused(() -> TEST.with("minStake", 0));
    }

    @Test
    void inThresholdModeBothDkgWindowsMustFitInARotationPeriod() {
        NetworkParams threshold = TEST.withSigning(SigningMode.THRESHOLD, 9); // 2 × 9 + 1 = 19 ≤ 20
        assertThat(threshold.dkgPhaseBlocks()).isEqualTo(9);
        refused(() -> TEST.withSigning(SigningMode.THRESHOLD, 10));
        refused(() -> threshold.with("rotationPeriod", 18));
        refused(() -> threshold.with("dkgPhaseBlocks", 0));
        assertThat(TEST.withSigning(SigningMode.AGGREGATE, 10).dkgPhaseBlocks()).as("aggregate mode runs no DKG").isEqualTo(10);
    }

    @Test
    void governanceParametersHaveTheirRanges() {
        refused(() -> TEST.with("governanceThreshold", 0));
        refused(() -> TEST.with("governanceThreshold", 101));
        refused(() -> TEST.with("quorum", -1));
        refused(() -> TEST.with("quorum", 101));
        refused(() -> TEST.with("minProposalDuration", 0));
        refused(() -> TEST.with("proposalFee", -1));
        refused(() -> TEST.with("minReputationToPropose", 101));
        refused(() -> TEST.with("executionDelay", -1));
        assertThat(TEST.with("quorum", 0).quorum()).isZero();
        assertThat(TEST.with("executionDelay", 0).executionDelay()).isZero();
        assertThat(TEST.with("proposalFee", 0).proposalFee()).isZero();
    }

    @Test
    void unknownParametersAndValuesBeyondAnIntAreRefused() {
        refused(() -> TEST.with("owner", 1));
        refused(() -> TEST.with("totalSigners", Integer.MAX_VALUE + 1L));
    }

    private static void refused(Runnable change) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(DtsException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PARAMS));
    }

    @Test
    void theProtocolFeeIsAPercentFromZeroToAHundred() {
        assertThat(TEST.with("protocolFee", 0).protocolFee()).isZero();
        assertThat(TEST.with("protocolFee", 100).protocolFee()).isEqualTo(100);
        assertThatThrownBy(() -> TEST.with("protocolFee", 101)).isInstanceOf(DtsException.class);
        assertThatThrownBy(() -> TEST.with("protocolFee", -1)).isInstanceOf(DtsException.class);
    }
}
