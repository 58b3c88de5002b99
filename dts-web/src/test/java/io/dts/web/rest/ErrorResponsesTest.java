package io.dts.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.dts.core.error.ErrorCode;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorResponsesTest {

    /** DESIGN.md §6: which status each kind of refusal gets. */
    @ParameterizedTest
    @CsvSource({
        "INVALID_PARAMS, 400", "INVALID_METRICS, 400", "INVALID_SIGNATURE_LENGTH, 400", "INVALID_KEY_LENGTH, 400",
        "MALFORMED_REQUEST, 400", "NOT_AUTHENTICATED, 401", "UNAUTHORIZED, 403", "NOT_ACTIVE_SIGNER, 403",
        "NOT_FOUND, 404", "INSUFFICIENT_STAKE, 409", "INVALID_THRESHOLD, 409", "WATCHTOWER_EXISTS, 409",
        "ALREADY_REGISTERED, 409", "ALREADY_INITIALIZED, 409", "ALREADY_VOTED, 409", "PROPOSAL_NOT_ACTIVE, 409",
        "INVALID_SIGNATURE, 422", "INVALID_CROSS_CHAIN_PROOF, 422", "EMERGENCY_PAUSED, 503"
    })
    void eachCodeGetsTheStatusOfTheDesign(ErrorCode code, int status) {
        assertThat(ErrorResponses.statusOf(code)).isEqualTo(status);
    }

    @Test
    void onlyServerFaultsAndTheEmergencyPauseAnswerWith5xx() {
        assertThat(Arrays.stream(ErrorCode.values()).filter(c -> ErrorResponses.statusOf(c) >= 500))
                .containsExactlyInAnyOrder(ErrorCode.INTERNAL_ERROR, ErrorCode.EMERGENCY_PAUSED);
    }
}
