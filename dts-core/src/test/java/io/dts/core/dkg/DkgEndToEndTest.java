package io.dts.core.dkg;

import static org.assertj.core.api.Assertions.assertThat;

import io.dts.core.crypto.Bls;
import io.dts.core.crypto.BlsSignature;
import io.dts.core.crypto.Threshold;
import io.dts.core.crypto.dkg.ComplaintVerdict;
import io.dts.core.crypto.dkg.DealBundle;
import io.dts.core.crypto.dkg.EncryptedShare;
import io.dts.core.crypto.dkg.Finalization;
import io.dts.core.crypto.dkg.ShareEncryption;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Whole sessions (THRESHOLD.md "Sessions" to "Threshold signing") through the pure classes: the
 * state machine, the deal checks, complaints and their verdicts, finalization and signing.
 */
class DkgEndToEndTest {

    private static final byte[] MESSAGE = "threshold mode".getBytes(StandardCharsets.UTF_8);

    @Test
    void aFreshThreeOfFiveSessionGivesSharesOfWhichAnyThreeSignUnderTheGroupKey() {
        DkgRun run = DkgRun.fresh(5, 3).run();

        assertThat(run.session.phase()).isEqualTo(DkgPhase.COMPLETE);
        assertThat(run.session.qualified()).containsExactly(1, 2, 3, 4, 5);
        assertThat(run.verdicts).isEmpty();
        assertSharesMatchPublicShares(run);
        assertEveryQuorumSignsAndNoSmallerSetDoes(run, 3);
    }

    @Test
    void aReshareToFiveOfSevenKeepsTheGroupKey() {
        DkgRun fresh = DkgRun.fresh(5, 3).run();
        DkgRun reshare = DkgRun.reshare(fresh, 7, 5).run();

        assertThat(reshare.session.phase()).isEqualTo(DkgPhase.COMPLETE);
        assertThat(reshare.outcome.group().groupKey()).isEqualTo(fresh.outcome.group().groupKey());
        assertThat(reshare.outcome.group().contributors()).containsExactly(1, 2, 3); // t_old lowest of QUAL
        assertSharesMatchPublicShares(reshare);
        assertEveryQuorumSignsAndNoSmallerSetDoes(reshare, 5);
    }

    @Test
    void aBadShareIsProvenByAValidComplaintAndItsDealerIsExcluded() {
        DkgRun run = DkgRun.fresh(5, 3);
        run.corrupt.put(2, replaceShareOf(run, 2, 4, BigInteger.valueOf(12345)));
        run.run();

        assertThat(run.verdicts).containsExactly(Map.entry(new DkgSession.Accusation(2, 4), ComplaintVerdict.VALID));
        assertThat(run.session.phase()).isEqualTo(DkgPhase.COMPLETE);
        assertThat(run.session.qualified()).containsExactly(1, 3, 4, 5);
        assertSharesMatchPublicShares(run);
        assertEveryQuorumSignsAndNoSmallerSetDoes(run, 3);
    }

    @Test
    void anUndecryptableShareIsProvenByAValidComplaint() {
        DkgRun run = DkgRun.fresh(5, 3);
        run.corrupt.put(5, b -> {
            List<EncryptedShare> shares = new ArrayList<>(b.shares());
            EncryptedShare honest = shares.get(0);
            byte[] garbled = honest.ciphertext();
            garbled[0] ^= 1;
            shares.set(0, new EncryptedShare(1, honest.ephemeralKey(), garbled));
            return new DealBundle(b.epoch(), 5, b.threshold(), b.commitments(), shares, null)
                    .signedBy(run.dealerKeys.get(5));
        });
        run.run();

        assertThat(run.verdicts).containsExactly(Map.entry(new DkgSession.Accusation(5, 1), ComplaintVerdict.VALID));
        assertThat(run.session.qualified()).containsExactly(1, 2, 3, 4);
    }

    @Test
    void aComplaintAboutACorrectShareIsFalseAndTheDealerStays() {
        DkgRun run = DkgRun.fresh(5, 3);
        run.falseAccusers.put(3, 1);
        run.run();

        assertThat(run.verdicts).containsExactly(Map.entry(new DkgSession.Accusation(1, 3), ComplaintVerdict.FALSE));
        assertThat(run.session.qualified()).containsExactly(1, 2, 3, 4, 5);
        assertEveryQuorumSignsAndNoSmallerSetDoes(run, 3);
    }

    @Test
    void aSilentDealerIsLeftOutOfTheGroup() {
        DkgRun run = DkgRun.fresh(5, 3);
        run.silent.add(5);
        run.run();

        assertThat(run.session.dealt()).containsExactly(1, 2, 3, 4);
        assertThat(run.session.qualified()).containsExactly(1, 2, 3, 4);
        assertEveryQuorumSignsAndNoSmallerSetDoes(run, 3);
    }

    @Test
    void tooFewQualifiedDealersFailTheSessionWithTheReason() {
        DkgRun run = DkgRun.fresh(5, 3);
        run.silent.addAll(List.of(4, 5));
        run.corrupt.put(1, replaceShareOf(run, 1, 2, BigInteger.TEN));
        run.run();

        assertThat(run.outcome.failure()).isEqualTo(Finalization.Failure.TOO_FEW_QUALIFIED);
        assertThat(run.session.phase()).isEqualTo(DkgPhase.FAILED);
        assertThat(run.session.failureReason()).isEqualTo("TOO_FEW_QUALIFIED");
        assertThat(run.session.qualified()).isEmpty();
    }

    @Test
    void aReshareThatWouldChangeTheGroupKeyFails() {
        DkgRun fresh = DkgRun.fresh(5, 3).run();
        DkgRun other = DkgRun.fresh(4, 3).run();
        assertThat(other.outcome.group().groupKey()).isNotEqualTo(fresh.outcome.group().groupKey());
        DkgRun reshare = DkgRun.reshare(fresh, 4, 3).run();

        Finalization.Outcome outcome = Finalization.finalizeGroup(reshare.kind, 3, 3,
                other.outcome.group().groupKey(), reshare.accepted.values(), Set.of(),
                reshare.session.receivers());
        assertThat(outcome.failure()).isEqualTo(Finalization.Failure.GROUP_KEY_MISMATCH);
    }

    /** Dealer {@code i}'s bundle with receiver {@code j}'s share replaced by {@code wrong}, re-signed. */
    private static UnaryOperator<DealBundle> replaceShareOf(DkgRun run, int i, int j, BigInteger wrong) {
        return b -> {
            List<EncryptedShare> shares = new ArrayList<>(b.shares());
            shares.set(j - 1, ShareEncryption.encrypt(wrong, run.receiverKeys.get(j).publicKey(), b.epoch(), i, j,
                    BigInteger.valueOf(777)));
            return new DealBundle(b.epoch(), i, b.threshold(), b.commitments(), shares, null)
                    .signedBy(run.dealerKeys.get(i));
        };
    }

    private static void assertSharesMatchPublicShares(DkgRun run) {
        run.shares.forEach((j, x) -> assertThat(Threshold.shareKey(x).publicKey())
                .as("x_%d·g = Y_%d", j, j).isEqualTo(run.outcome.group().publicShares().get(j)));
    }

    /** Every t-subset of receivers combines into a signature under Y; the first t − 1 do not. */
    private static void assertEveryQuorumSignsAndNoSmallerSetDoes(DkgRun run, int t) {
        Map<Long, BlsSignature> partials = new TreeMap<>();
        run.shares.forEach((j, x) -> partials.put((long) j, Threshold.shareKey(x).sign(MESSAGE)));
        partials.forEach((j, sigma) -> assertThat(Bls.verify(run.outcome.group().publicShares().get(j.intValue()),
                MESSAGE, sigma)).isTrue());
        List<Long> indices = new ArrayList<>(partials.keySet());
        int quorums = 0;
        for (List<Long> subset : subsets(indices, t)) {
            Map<Long, BlsSignature> chosen = new TreeMap<>();
            subset.forEach(j -> chosen.put(j, partials.get(j)));
            assertThat(Bls.verify(run.outcome.group().groupKey(), MESSAGE, Threshold.combine(chosen)))
                    .as("quorum %s", subset).isTrue();
            quorums++;
        }
        assertThat(quorums).isPositive();
        Map<Long, BlsSignature> tooFew = new TreeMap<>();
        indices.subList(0, t - 1).forEach(j -> tooFew.put(j, partials.get(j)));
        assertThat(Bls.verify(run.outcome.group().groupKey(), MESSAGE, Threshold.combine(tooFew))).isFalse();
    }

    private static List<List<Long>> subsets(List<Long> items, int size) {
        List<List<Long>> out = new ArrayList<>();
        if (size == 0) {
            out.add(new ArrayList<>());
            return out;
        }
        for (int k = 0; k <= items.size() - size; k++) {
            for (List<Long> rest : subsets(items.subList(k + 1, items.size()), size - 1)) {
                rest.add(0, items.get(k));
                out.add(rest);
            }
        }
        return out;
    }
}
