package io.dts.signer;

import static org.assertj.core.api.Assertions.assertThat;

import io.dts.signer.SigningDuty.Mode;
import io.dts.signer.SigningDuty.PendingRequest;
import jakarta.json.Json;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Which pending requests "alice" signs, and with which key, table-driven. */
class SigningDutyTest {

    /** Epoch 7: alice and bob, aggregate mode. Epoch 8: alice and carol, threshold mode. Epoch 9: bob only. */
    private static final Map<Long, Set<String>> COMMITTEES = Map.of(7L, Set.of("alice", "bob"),
            8L, Set.of("alice", "carol"), 9L, Set.of("bob"));
    private static final Map<Long, Mode> MODES = Map.of(7L, Mode.AGGREGATE, 8L, Mode.THRESHOLD, 9L, Mode.AGGREGATE);

    private static PendingRequest request(long epoch, Set<String> signedBy, Mode stated) {
        return new PendingRequest(1, "ab".repeat(32), epoch, signedBy, stated);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("unsigned aggregate request of my epoch", request(7, Set.of(), null), Set.of(8L), "sign AGGREGATE"),
                Arguments.of("already signed by me", request(7, Set.of("alice"), null), Set.of(8L), "skip"),
                Arguments.of("signed by another member only", request(7, Set.of("bob"), null), Set.of(8L), "sign AGGREGATE"),
                Arguments.of("an epoch whose committee I am not in", request(9, Set.of(), null), Set.of(8L), "skip"),
                Arguments.of("an epoch nobody knows", request(42, Set.of(), null), Set.of(8L), "skip"),
                Arguments.of("threshold epoch, share held", request(8, Set.of(), null), Set.of(8L), "sign THRESHOLD"),
                Arguments.of("threshold epoch, no share", request(8, Set.of(), null), Set.of(), "missing share"),
                Arguments.of("the request's stated mode wins", request(8, Set.of(), Mode.AGGREGATE), Set.of(), "sign AGGREGATE"),
                Arguments.of("stated threshold without a share", request(7, Set.of(), Mode.THRESHOLD), Set.of(), "missing share"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void decidesWhatToSign(String name, PendingRequest request, Set<Long> sharesHeld, String expected) {
        SigningDuty.Plan plan = SigningDuty.plan(List.of(request), "alice",
                e -> COMMITTEES.getOrDefault(e, Set.of()), e -> MODES.getOrDefault(e, Mode.AGGREGATE), sharesHeld::contains);
        String actual = !plan.sign().isEmpty() ? "sign " + plan.sign().get(0).mode()
                : !plan.missingShare().isEmpty() ? "missing share" : "skip";
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void anEpochIsInThresholdModeOnceItsSessionCompleted() {
        assertThat(SigningDuty.modeOf(null)).isEqualTo(Mode.AGGREGATE);
        assertThat(SigningDuty.modeOf(DkgSessions.session(DkgSession.Phase.DEAL))).isEqualTo(Mode.AGGREGATE);
        assertThat(SigningDuty.modeOf(DkgSessions.session(DkgSession.Phase.FAILED))).isEqualTo(Mode.AGGREGATE);
        assertThat(SigningDuty.modeOf(DkgSessions.session(DkgSession.Phase.COMPLETE))).isEqualTo(Mode.THRESHOLD);
    }

    @Test
    void aRequestIsReadFromTheServersJsonWithItsSigners() {
        PendingRequest request = PendingRequest.fromJson(Json.createObjectBuilder().add("id", 12)
                .add("messageHash", "cd".repeat(32)).add("epoch", 7).add("threshold", 2).add("status", "PENDING")
                .add("partials", Json.createArrayBuilder().add(Json.createObjectBuilder().add("signer", "bob")
                        .add("signature", "00").add("height", 3)))
                .add("somethingNew", true).build());
        assertThat(request).isEqualTo(new PendingRequest(12, "cd".repeat(32), 7, Set.of("bob"), null));
    }

    @Test
    void theRequestsGroupKeyDecidesWhetherItIsSignedWithTheShare() {
        var base = Json.createObjectBuilder().add("id", 13).add("messageHash", "ab".repeat(32)).add("epoch", 8)
                .add("partials", Json.createArrayBuilder());
        assertThat(PendingRequest.fromJson(base.add("groupPublicKey", "a5".repeat(48)).build()).mode()).isEqualTo(Mode.THRESHOLD);
        var aggregate = Json.createObjectBuilder().add("id", 14).add("messageHash", "ab".repeat(32)).add("epoch", 8)
                .add("partials", Json.createArrayBuilder()).addNull("groupPublicKey").build();
        assertThat(PendingRequest.fromJson(aggregate).mode()).isEqualTo(Mode.AGGREGATE);
    }
}
