package io.dts.core.dkg;

import static org.assertj.core.api.Assertions.assertThat;

import io.dts.core.crypto.dkg.DkgKind;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The session state machine, table-driven: every move from every phase, at heights inside and
 * outside its window, by members and strangers. Start 100, W = 10: deals in [100, 110),
 * complaints in [110, 120), finalization from 120. Dealers 1–3 (4 is none), receivers 1–4 (5 is none).
 */
class DkgSessionTest {

    private static final SortedSet<Integer> DEALERS = new TreeSet<>(List.of(1, 2, 3));
    private static final SortedSet<Integer> RECEIVERS = new TreeSet<>(List.of(1, 2, 3, 4));

    private static DkgSession opened() {
        return DkgSession.open(9, DkgKind.FRESH, 2, 0, 100, 10, DEALERS, RECEIVERS);
    }

    /** DEAL with dealers 1 and 2 posted. */
    private static DkgSession dealing() {
        return opened().postDeal(1, 100).orElseThrow().postDeal(2, 105).orElseThrow();
    }

    /** COMPLAIN with receiver 4's complaint about dealer 2. */
    private static DkgSession complaining() {
        return dealing().closeDeals(110).orElseThrow().postComplaint(2, 4, 111).orElseThrow();
    }

    private static DkgSession completed() {
        return complaining().complete(120, new TreeSet<>(List.of(1))).orElseThrow();
    }

    private static DkgSession failed() {
        return complaining().fail(125, "TOO_FEW_QUALIFIED").orElseThrow();
    }

    private record Move(String name, Function<DkgSession, DkgStep> apply) {
    }

    private static Arguments row(String from, DkgSession session, Move move, DkgPhase expectedPhase,
            DkgError expectedError) {
        return Arguments.of(Named.of(from + " / " + move.name(), session), move, expectedPhase, expectedError);
    }

    private static Move deal(int dealer, long height) {
        return new Move("postDeal(" + dealer + ", " + height + ")", s -> s.postDeal(dealer, height));
    }

    private static Move complaint(int dealer, int receiver, long height) {
        return new Move("postComplaint(" + dealer + ", " + receiver + ", " + height + ")",
                s -> s.postComplaint(dealer, receiver, height));
    }

    private static Move close(long height) {
        return new Move("closeDeals(" + height + ")", s -> s.closeDeals(height));
    }

    private static Move complete(long height, Integer... qualified) {
        return new Move("complete(" + height + ", " + List.of(qualified) + ")",
                s -> s.complete(height, new TreeSet<>(List.of(qualified))));
    }

    private static Move fail(long height) {
        return new Move("fail(" + height + ")", s -> s.fail(height, "TOO_FEW_QUALIFIED"));
    }

    static Stream<Arguments> moves() {
        return Stream.of(
                // DEAL
                row("DEAL", opened(), deal(1, 100), DkgPhase.DEAL, null),
                row("DEAL", dealing(), deal(3, 109), DkgPhase.DEAL, null),
                row("DEAL", opened(), deal(1, 99), null, DkgError.TOO_EARLY),
                row("DEAL", dealing(), deal(3, 110), null, DkgError.WINDOW_CLOSED),
                row("DEAL", dealing(), deal(4, 101), null, DkgError.NOT_A_DEALER),
                row("DEAL", dealing(), deal(2, 106), null, DkgError.DUPLICATE_DEAL),
                row("DEAL", dealing(), complaint(1, 2, 105), null, DkgError.WRONG_PHASE),
                row("DEAL", dealing(), close(109), null, DkgError.TOO_EARLY),
                row("DEAL", dealing(), close(110), DkgPhase.COMPLAIN, null),
                row("DEAL", dealing(), close(500), DkgPhase.COMPLAIN, null),
                row("DEAL", dealing(), complete(120, 1), null, DkgError.WRONG_PHASE),
                row("DEAL", dealing(), fail(120), null, DkgError.WRONG_PHASE),
                // COMPLAIN
                row("COMPLAIN", complaining(), complaint(1, 2, 110), DkgPhase.COMPLAIN, null),
                row("COMPLAIN", complaining(), complaint(1, 2, 119), DkgPhase.COMPLAIN, null),
                row("COMPLAIN", complaining(), complaint(1, 2, 120), null, DkgError.WINDOW_CLOSED),
                row("COMPLAIN", complaining(), complaint(1, 5, 112), null, DkgError.NOT_A_RECEIVER),
                row("COMPLAIN", complaining(), complaint(3, 2, 112), null, DkgError.NO_SUCH_DEAL),
                row("COMPLAIN", complaining(), complaint(2, 4, 112), null, DkgError.DUPLICATE_COMPLAINT),
                row("COMPLAIN", complaining(), deal(3, 112), null, DkgError.WRONG_PHASE),
                row("COMPLAIN", complaining(), close(112), null, DkgError.WRONG_PHASE),
                row("COMPLAIN", complaining(), complete(119, 1), null, DkgError.TOO_EARLY),
                row("COMPLAIN", complaining(), complete(120, 1), DkgPhase.COMPLETE, null),
                row("COMPLAIN", complaining(), complete(120, 1, 3), null, DkgError.NOT_QUALIFIABLE),
                row("COMPLAIN", complaining(), complete(120), null, DkgError.NOT_QUALIFIABLE),
                row("COMPLAIN", complaining(), fail(119), null, DkgError.TOO_EARLY),
                row("COMPLAIN", complaining(), fail(120), DkgPhase.FAILED, null),
                // COMPLETE and FAILED are terminal
                row("COMPLETE", completed(), deal(3, 121), null, DkgError.WRONG_PHASE),
                row("COMPLETE", completed(), complaint(1, 2, 121), null, DkgError.WRONG_PHASE),
                row("COMPLETE", completed(), close(121), null, DkgError.WRONG_PHASE),
                row("COMPLETE", completed(), complete(121, 1), null, DkgError.WRONG_PHASE),
                row("COMPLETE", completed(), fail(121), null, DkgError.WRONG_PHASE),
                row("FAILED", failed(), deal(3, 126), null, DkgError.WRONG_PHASE),
                row("FAILED", failed(), complaint(1, 2, 126), null, DkgError.WRONG_PHASE),
                row("FAILED", failed(), close(126), null, DkgError.WRONG_PHASE),
                row("FAILED", failed(), complete(126, 1), null, DkgError.WRONG_PHASE),
                row("FAILED", failed(), fail(126), null, DkgError.WRONG_PHASE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("moves")
    void eachMoveGivesTheTabledPhaseOrTheNamedError(DkgSession session, Move move, DkgPhase phase, DkgError error) {
        DkgStep step = move.apply().apply(session);
        assertThat(step.error()).isEqualTo(error);
        assertThat(step.session() == null ? null : step.session().phase()).isEqualTo(phase);
    }

    @Test
    void theTableHasOneTargetPerTransitionAndNothingLeavesATerminalPhase() {
        assertThat(DkgTransition.from(DkgPhase.DEAL)).containsExactlyInAnyOrder(DkgTransition.POST_DEAL,
                DkgTransition.CLOSE_DEALS);
        assertThat(DkgTransition.from(DkgPhase.COMPLAIN)).containsExactlyInAnyOrder(DkgTransition.POST_COMPLAINT,
                DkgTransition.COMPLETE, DkgTransition.FAIL);
        assertThat(DkgPhase.COMPLETE.terminal()).isTrue();
        assertThat(DkgPhase.FAILED.terminal()).isTrue();
        assertThat(DkgPhase.DEAL.terminal()).isFalse();
    }

    @Test
    void movesRecordWhatWasPostedAndLeaveTheOldSessionUnchanged() {
        DkgSession before = dealing();
        DkgSession after = before.postDeal(3, 101).orElseThrow();
        assertThat(before.dealt()).containsExactly(1, 2);
        assertThat(after.dealt()).containsExactly(1, 2, 3);
        assertThat(complaining().complaints()).containsExactly(new DkgSession.Accusation(2, 4));
        assertThat(completed().qualified()).containsExactly(1);
        assertThat(failed().failureReason()).isEqualTo("TOO_FEW_QUALIFIED");
        assertThat(failed().qualified()).isEmpty();
    }

    @Test
    void theWindowsFollowFromStartAndW() {
        assertThat(opened().dealEndHeight()).isEqualTo(110);
        assertThat(opened().complaintEndHeight()).isEqualTo(120);
    }
}
