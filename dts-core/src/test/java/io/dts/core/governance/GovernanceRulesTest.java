package io.dts.core.governance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The seed's voting power and DTS's pass rule (threshold of the votes cast and quorum of all power). */
class GovernanceRulesTest {

    @Test
    void votingPowerIsTheSeedsFormulaWithIntegerDivision() {
        assertThat(VotingPower.of(10_000, 100)).isEqualTo(100);      // (100 000 000 + 10 000) / 1 000 000
        assertThat(VotingPower.of(1_000, 100)).isEqualTo(10);
        assertThat(VotingPower.of(99, 100)).isEqualTo(1);            // 990 000 + 10 000 = exactly 1 000 000
        assertThat(VotingPower.of(98, 100)).isEqualTo(0);            // 990 000: just below
        assertThat(VotingPower.of(100, 0)).isEqualTo(1);
        assertThat(VotingPower.of(0, 100)).isEqualTo(0);
    }

    @Test
    void exactlyTheThresholdOfTheVotesCastPassesWhenTheQuorumVoted() {
        Tally.Outcome outcome = new Tally(67, 33, 200).decide(67, 20);

        assertThat(outcome.passed()).isTrue();
        assertThat(outcome.reason()).startsWith("passed");
    }

    @Test
    void justBelowTheThresholdIsRejected() {
        Tally.Outcome outcome = new Tally(66, 34, 200).decide(67, 20);

        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.reason()).startsWith("below the threshold");
    }

    @Test
    void unanimousVotesShortOfTheQuorumAreRejected() {
        Tally.Outcome outcome = new Tally(39, 0, 200).decide(67, 20);

        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.reason()).startsWith("no quorum");
    }

    @Test
    void exactlyTheQuorumIsEnough() {
        assertThat(new Tally(40, 0, 200).decide(67, 20).passed()).isTrue();
    }

    @Test
    void withoutAnyVoteInFavourNothingPassesEvenWithoutAQuorumRule() {
        assertThat(new Tally(0, 0, 0).decide(1, 0).passed()).isFalse();
        assertThat(new Tally(0, 5, 5).decide(1, 0).passed()).isFalse();
    }

    @Test
    void votesAgainstCountTowardsTheQuorum() {
        Tally.Outcome outcome = new Tally(10, 50, 100).decide(67, 50);

        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.reason()).startsWith("below the threshold");
    }
}
