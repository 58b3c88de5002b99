package io.dts.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dts.core.error.DtsException;
import io.dts.core.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UsernameAndPasswordTest {

    @ParameterizedTest
    @ValueSource(strings = {"alice", "bob-2", "signer_07", "a.b", "0xdeadbeef", "abcdefghijklmnopqrstuvwxyz012345"})
    void usernameAcceptsLowerCaseNamesOfThreeToThirtyTwoCharacters(String name) {
        assertThat(Username.of(name).value()).isEqualTo(name);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"ab", "Alice", "bob smith", "-bob", "_x_", "é-accent", "abcdefghijklmnopqrstuvwxyz0123456", "x;drop"})
    void usernameRefusesAnythingElseWith101(String name) {
        assertThatThrownBy(() -> Username.of(name))
                .isInstanceOfSatisfying(DtsException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PARAMS));
    }

    @Test
    void passwordMustBeEightTo256Characters() {
        assertThat(Password.of("12345678")).isNotNull();
        assertThat(Password.of("x".repeat(256))).isNotNull();
        for (String bad : new String[] {null, "", "1234567", "x".repeat(257)}) {
            assertThatThrownBy(() -> Password.of(bad))
                    .isInstanceOfSatisfying(DtsException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PARAMS));
        }
    }

    @Test
    void passwordNeverShowsItselfInLogsOrMessages() {
        assertThat(Password.of("super secret value").toString()).doesNotContain("super");
        assertThatThrownBy(() -> Password.of("short"))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("short"));
    }
}
