package io.dts.signer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What each actor owes epoch 7's session in each phase, given what it remembers. Actors: alice
 * (dealer 1, receiver 1), bob (dealer 2, leaving), dave (receiver 3, joining), eve (neither).
 */
class DkgDutyTest {

    private static DkgDuty.Local local(Set<Long> dealt, Set<Long> checked, Map<Long, String> shares) {
        return new DkgDuty.Local(dealt, checked, new TreeMap<>(shares));
    }

    private static final DkgDuty.Local NOTHING = DkgDuty.Local.NOTHING;

    static Stream<Arguments> table() {
        String mine = DkgSessions.ALICE_OLD_SHARE;
        String other = "cc".repeat(48);
        return Stream.of(
                // phase, kind, actor, local state, expected
                Arguments.of("DEAL", "FRESH", "alice", NOTHING, "deal 7 as 1 fresh"),
                Arguments.of("DEAL", "FRESH", "alice", local(Set.of(7L), Set.of(), Map.of()), "idle"),
                Arguments.of("DEAL", "FRESH", "alice", local(Set.of(6L), Set.of(), Map.of()), "deal 7 as 1 fresh"),
                Arguments.of("DEAL", "FRESH", "bob", NOTHING, "deal 7 as 2 fresh"),
                Arguments.of("DEAL", "FRESH", "dave", NOTHING, "idle"),
                Arguments.of("DEAL", "FRESH", "eve", NOTHING, "idle"),
                Arguments.of("DEAL", "RESHARE", "alice", local(Set.of(), Set.of(), Map.of(5L, mine)), "deal 7 as 1 from 5"),
                Arguments.of("DEAL", "RESHARE", "alice", local(Set.of(), Set.of(), Map.of(5L, other, 6L, mine)),
                        "deal 7 as 1 from 6"),
                Arguments.of("DEAL", "RESHARE", "alice", local(Set.of(), Set.of(), Map.of(5L, "0x" + mine.toUpperCase())),
                        "deal 7 as 1 from 5"),
                Arguments.of("DEAL", "RESHARE", "alice", NOTHING, "blocked"),
                Arguments.of("DEAL", "RESHARE", "alice", local(Set.of(), Set.of(), Map.of(5L, other)), "blocked"),
                Arguments.of("DEAL", "RESHARE", "alice", local(Set.of(), Set.of(), Map.of(7L, mine)), "blocked"),
                Arguments.of("DEAL", "RESHARE", "alice", local(Set.of(7L), Set.of(), Map.of()), "idle"),
                Arguments.of("COMPLAIN", "FRESH", "alice", NOTHING, "check 7 as 1"),
                Arguments.of("COMPLAIN", "FRESH", "dave", NOTHING, "check 7 as 3"),
                Arguments.of("COMPLAIN", "FRESH", "alice", local(Set.of(7L), Set.of(7L), Map.of()), "idle"),
                Arguments.of("COMPLAIN", "RESHARE", "bob", NOTHING, "idle"),
                Arguments.of("COMPLAIN", "FRESH", "alice", local(Set.of(), Set.of(), Map.of()), "check 7 as 1"),
                Arguments.of("COMPLETE", "FRESH", "dave", NOTHING, "store 7 as 3"),
                Arguments.of("COMPLETE", "RESHARE", "alice", local(Set.of(7L), Set.of(7L), Map.of(5L, mine)), "store 7 as 1"),
                Arguments.of("COMPLETE", "FRESH", "dave", local(Set.of(), Set.of(), Map.of(7L, other)), "idle"),
                Arguments.of("COMPLETE", "RESHARE", "bob", NOTHING, "idle"),
                Arguments.of("COMPLETE", "FRESH", "eve", NOTHING, "idle"),
                Arguments.of("FAILED", "FRESH", "alice", NOTHING, "idle"),
                Arguments.of("FINALIZING", "FRESH", "alice", NOTHING, "idle"));
    }

    @ParameterizedTest(name = "{0} {1}: {2} with {3} -> {4}")
    @MethodSource("table")
    void decidesWhatIsDue(String phase, String kind, String actor, DkgDuty.Local local, String expected) {
        DkgSession session = DkgSession.fromJson(DkgSessions.json(phase, kind).build());
        assertThat(describe(DkgDuty.due(session, actor, local))).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("table")
    void anIdleTaskSaysWhy(String phase, String kind, String actor, DkgDuty.Local local, String expected) {
        DkgDuty.Task task = DkgDuty.due(DkgSession.fromJson(DkgSessions.json(phase, kind).build()), actor, local);
        if (task instanceof DkgDuty.Idle idle) {
            assertThat(idle.reason()).contains("epoch 7");
        }
        if (phase.equals("FAILED")) {
            assertThat(((DkgDuty.Idle) task).reason()).contains("TOO_FEW_QUALIFIED");
        }
    }

    private static String describe(DkgDuty.Task task) {
        if (task instanceof DkgDuty.Deal d) {
            return "deal " + d.epoch() + " as " + d.dealerIndex()
                    + (d.oldShareEpoch().isPresent() ? " from " + d.oldShareEpoch().getAsLong() : " fresh");
        }
        if (task instanceof DkgDuty.CheckDeals c) {
            return "check " + c.epoch() + " as " + c.receiverIndex();
        }
        if (task instanceof DkgDuty.StoreShare s) {
            return "store " + s.epoch() + " as " + s.receiverIndex();
        }
        return task instanceof DkgDuty.Blocked ? "blocked" : "idle";
    }
}
