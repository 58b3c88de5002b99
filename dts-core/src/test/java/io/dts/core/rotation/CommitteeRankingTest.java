package io.dts.core.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import io.dts.core.rotation.CommitteeRanking.Candidate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CommitteeRankingTest {

    private static List<String> names(List<Candidate> committee) {
        return committee.stream().map(Candidate::name).toList();
    }

    @Test
    void higherReputationWinsFirst() {
        List<Candidate> committee = CommitteeRanking.select(List.of(
                new Candidate("low", 60, 9_000, 1),
                new Candidate("high", 95, 1_000, 50),
                new Candidate("mid", 80, 5_000, 10)), 2, 1_000, 50);

        assertThat(names(committee)).containsExactly("high", "mid");
    }

    @Test
    void equalReputationIsDecidedByStakeThenSeniorityThenName() {
        List<Candidate> committee = CommitteeRanking.select(List.of(
                new Candidate("junior", 90, 2_000, 30),
                new Candidate("rich", 90, 3_000, 40),
                new Candidate("senior", 90, 2_000, 10),
                new Candidate("b-twin", 90, 2_000, 30),
                new Candidate("a-twin", 90, 2_000, 30)), 5, 1_000, 50);

        assertThat(names(committee)).containsExactly("rich", "senior", "a-twin", "b-twin", "junior");
    }

    @Test
    void ineligibleSignersNeverSitEvenWithFreeSeats() {
        List<Candidate> committee = CommitteeRanking.select(List.of(
                new Candidate("poor", 100, 999, 1),
                new Candidate("unreliable", 49, 5_000, 1),
                new Candidate("fine", 50, 1_000, 1)), 5, 1_000, 50);

        assertThat(names(committee)).containsExactly("fine");
    }

    @Test
    void committeeNeverExceedsItsSeats() {
        List<Candidate> many = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            many.add(new Candidate("s" + i, 70 + i, 1_000 + i, i));
        }
        assertThat(CommitteeRanking.select(many, 5, 1_000, 50)).hasSize(5);
        assertThat(CommitteeRanking.select(many, 0, 1_000, 50)).isEmpty();
    }

    @Test
    void rankingDoesNotDependOnTheOrderCandidatesArriveIn() {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            candidates.add(new Candidate("s" + i, 80 + i % 3, 1_000 + (i % 4) * 100, i % 5));
        }
        List<String> expected = names(CommitteeRanking.select(candidates, 7, 1_000, 50));
        Random random = new Random(42);
        for (int round = 0; round < 20; round++) {
            Collections.shuffle(candidates, random);
            assertThat(names(CommitteeRanking.select(candidates, 7, 1_000, 50))).isEqualTo(expected);
        }
    }
}
