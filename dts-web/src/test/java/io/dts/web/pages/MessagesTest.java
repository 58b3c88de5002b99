package io.dts.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.dts.core.error.DtsException;
import io.dts.core.error.ErrorCode;
import jakarta.faces.application.FacesMessage;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MessagesTest {

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void everyCodeHasAPlainWordSummary(ErrorCode code) {
        String summary = Messages.summary(code);

        assertThat(summary).isNotBlank();
        assertThat(summary).as("plain words, not the code's name or number")
                .doesNotContain(code.name()).doesNotContain(code.errorName()).doesNotContain(Integer.toString(code.code()));
    }

    @Test
    void noTwoCodesShareASummarySoThereIsNoGenericFallback() {
        Map<String, Long> uses = Arrays.stream(ErrorCode.values())
                .collect(Collectors.groupingBy(Messages::summary, Collectors.counting()));

        assertThat(uses).as("summaries used by more than one code")
                .allSatisfy((summary, count) -> assertThat(count).as(summary).isEqualTo(1L));
    }

    @Test
    void theDetailCarriesTheServersMessageTheErrorNameAndTheNumber() {
        FacesMessage message = Messages.of(new DtsException(ErrorCode.EMERGENCY_PAUSED, "the network is paused by its owner"));

        assertThat(message.getSeverity()).isEqualTo(FacesMessage.SEVERITY_ERROR);
        assertThat(message.getSummary()).startsWith("The network is paused");
        assertThat(message.getDetail()).isEqualTo("the network is paused by its owner (ERR-EMERGENCY-PAUSED, 118)");
    }
}
