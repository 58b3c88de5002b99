package io.dts.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

    @Test
    void remembersAMatchedPasswordAndOnlyThatPassword() {
        VerifiedCredentials verified = new VerifiedCredentials(300);
        verified.remember("alice", "correct horse");

        assertThat(verified.contains("alice", "correct horse")).isTrue();
        assertThat(verified.contains("alice", "correct horse ")).isFalse();
        assertThat(verified.contains("bob", "correct horse")).isFalse();
    }

    @Test
    void forgetsOnRequest() {
        VerifiedCredentials verified = new VerifiedCredentials(300);
        verified.remember("alice", "correct horse");
        verified.forget("alice");

        assertThat(verified.contains("alice", "correct horse")).isFalse();
    }

    @Test
    void zeroLifetimeDisablesTheCache() {
        VerifiedCredentials verified = new VerifiedCredentials(0);
        verified.remember("alice", "correct horse");

        assertThat(verified.contains("alice", "correct horse")).isFalse();
    }
}
