package io.dts.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Threshold mode's arithmetic, end to end without a server: a fresh DKG among five dealers with
 * t = 3, then a reshare to seven receivers with t = 5 from three of the old members (THRESHOLD.md).
 */
class ThresholdTest {

    private static final byte[] MESSAGE = "threshold mode".getBytes(StandardCharsets.UTF_8);

    /** Fixed randomness so a failure reproduces; real dealers draw from SecureRandom. */
    private final Random random = new Random(20261201);

    /** One dealer's polynomial of degree t − 1, its commitments and its shares for receivers 1..n. */
    private record Deal(List<BigInteger> coefficients, List<BlsPublicKey> commitments, Map<Long, BigInteger> shares) {
    }

    private Deal deal(BigInteger constant, int t, int receivers) {
        List<BigInteger> coefficients = new ArrayList<>(List.of(constant));
        while (coefficients.size() < t) {
            coefficients.add(randomScalar());
        }
        Map<Long, BigInteger> shares = new LinkedHashMap<>();
        for (long j = 1; j <= receivers; j++) {
            shares.put(j, Threshold.evaluate(coefficients, j));
        }
        return new Deal(coefficients, Threshold.commitments(coefficients), shares);
    }

    /** A fresh session: every dealer deals a random constant; shares and commitments add up. */
    private record Group(BlsPublicKey key, List<BlsPublicKey> commitments, Map<Long, BigInteger> shares) {
    }

    private Group freshDkg(int n, int t) {
        List<Deal> deals = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            deals.add(deal(randomScalar(), t, n));
        }
        Map<Long, BigInteger> shares = new LinkedHashMap<>();
        for (long j = 1; j <= n; j++) {
            long receiver = j;
            for (Deal d : deals) {
                assertThat(Threshold.verifyShare(d.shares().get(receiver), receiver, d.commitments())).isTrue();
            }
            shares.put(j, deals.stream().map(d -> d.shares().get(receiver)).reduce(BigInteger.ZERO, BigInteger::add)
                    .mod(Threshold.ORDER));
        }
        List<BlsPublicKey> commitments = new ArrayList<>();
        for (int k = 0; k < t; k++) {
            int power = k;
            commitments.add(BlsPublicKey.aggregate(deals.stream().map(d -> d.commitments().get(power)).toList()));
        }
        return new Group(commitments.get(0), commitments, shares);
    }

    @Test
    void anyThreeOfFiveSharesSignOneSignatureThatVerifiesUnderTheGroupKey() {
        Group group = freshDkg(5, 3);
        Map<Long, BlsSignature> partials = new LinkedHashMap<>();
        for (long j = 1; j <= 5; j++) {
            BlsSecretKey share = Threshold.shareKey(group.shares().get(j));
            assertThat(share.publicKey()).isEqualTo(Threshold.publicShare(group.commitments(), j));
            partials.put(j, share.sign(MESSAGE));
            assertThat(Bls.verify(Threshold.publicShare(group.commitments(), j), MESSAGE, partials.get(j))).isTrue();
        }

        BlsSignature first = Threshold.combine(pick(partials, 1, 2, 3));
        assertThat(Threshold.combine(pick(partials, 2, 4, 5))).isEqualTo(first);
        assertThat(Threshold.combine(pick(partials, 5, 1, 3))).isEqualTo(first);
        assertThat(Threshold.combine(partials)).isEqualTo(first);
        assertThat(Bls.verify(group.key(), MESSAGE, first)).isTrue();
    }

    @Test
    void twoSharesOfThreeNeverMakeTheGroupSignature() {
        Group group = freshDkg(5, 3);
        Map<Long, BlsSignature> partials = new LinkedHashMap<>();
        LongStream.rangeClosed(1, 5).forEach(j -> partials.put(j, Threshold.shareKey(group.shares().get(j)).sign(MESSAGE)));

        assertThat(Bls.verify(group.key(), MESSAGE, Threshold.combine(pick(partials, 1, 2)))).isFalse();
        assertThat(Bls.verify(group.key(), MESSAGE, Threshold.combine(pick(partials, 3, 5)))).isFalse();
    }

    @Test
    void aShareThatDoesNotMatchItsDealersCommitmentsFailsTheReceiversCheck() {
        Deal honest = deal(randomScalar(), 3, 5);

        assertThat(Threshold.verifyShare(honest.shares().get(2L), 2, honest.commitments())).isTrue();
        assertThat(Threshold.verifyShare(honest.shares().get(2L).add(BigInteger.ONE), 2, honest.commitments())).isFalse();
        assertThat(Threshold.verifyShare(honest.shares().get(2L), 3, honest.commitments())).isFalse();
        assertThat(Threshold.verifyShare(BigInteger.ZERO, 2, honest.commitments())).isFalse();
    }

    @Test
    void resharingToSevenWithThresholdFiveKeepsTheGroupKeyAndRetiresTheOldShares() {
        Group old = freshDkg(5, 3);
        // Three qualified old members (t_old = 3) deal their shares as constants to seven receivers, t = 5.
        long[] qualified = {2, 4, 5};
        Map<Long, Deal> deals = new LinkedHashMap<>();
        for (long i : qualified) {
            Deal d = deal(old.shares().get(i), 5, 7);
            assertThat(d.commitments().get(0)).isEqualTo(Threshold.publicShare(old.commitments(), i));
            deals.put(i, d);
        }
        Map<Long, BlsPublicKey> constants = new LinkedHashMap<>();
        deals.forEach((i, d) -> constants.put(i, d.commitments().get(0)));
        assertThat(Threshold.interpolateKeys(constants)).isEqualTo(old.key());

        List<BlsPublicKey> commitments = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            Map<Long, BlsPublicKey> atK = new LinkedHashMap<>();
            int power = k;
            deals.forEach((i, d) -> atK.put(i, d.commitments().get(power)));
            commitments.add(Threshold.interpolateKeys(atK));
        }
        Map<Long, BlsSignature> partials = new LinkedHashMap<>();
        for (long j = 1; j <= 7; j++) {
            Map<Long, BigInteger> received = new LinkedHashMap<>();
            long receiver = j;
            deals.forEach((i, d) -> received.put(i, d.shares().get(receiver)));
            BlsSecretKey share = Threshold.shareKey(Threshold.interpolateScalars(received));
            assertThat(share.publicKey()).isEqualTo(Threshold.publicShare(commitments, j));
            partials.put(j, share.sign(MESSAGE));
        }

        BlsSignature signature = Threshold.combine(pick(partials, 1, 3, 4, 6, 7));
        assertThat(Bls.verify(old.key(), MESSAGE, signature)).isTrue();
        assertThat(Threshold.combine(pick(partials, 2, 3, 4, 5, 6))).isEqualTo(signature);
        assertThat(Bls.verify(old.key(), MESSAGE, Threshold.combine(pick(partials, 1, 2, 3, 4)))).isFalse();
        // An old share no longer counts: swapping one new partial for the old member's at that index fails.
        Map<Long, BlsSignature> mixed = pick(partials, 1, 3, 4, 6, 7);
        mixed.put(1L, Threshold.shareKey(old.shares().get(1L)).sign(MESSAGE));
        assertThat(Bls.verify(old.key(), MESSAGE, Threshold.combine(mixed))).isFalse();
    }

    @Test
    void lagrangeCoefficientsAtZeroRecoverAPolynomialsConstant() {
        List<BigInteger> coefficients = List.of(randomScalar(), randomScalar(), randomScalar(), randomScalar());
        Map<Long, BigInteger> points = new LinkedHashMap<>();
        for (long x : new long[] {9, 2, 1000, 7}) {
            points.put(x, Threshold.evaluate(coefficients, x));
        }

        assertThat(Threshold.interpolateScalars(points)).isEqualTo(coefficients.get(0));
        assertThat(Threshold.lagrangeAtZero(List.of(1L, 2L))).containsExactly(BigInteger.TWO,
                Threshold.ORDER.subtract(BigInteger.ONE));
    }

    @Test
    void aPolynomialOfDegree59IsRecoveredFromSixtyIndicesNearAndFarApart() {
        List<BigInteger> coefficients = new java.util.ArrayList<>();
        for (int k = 0; k < 60; k++) {
            coefficients.add(randomScalar());
        }
        Map<Long, BigInteger> points = new LinkedHashMap<>();
        for (int i = 1; i <= 57; i++) {
            points.put((long) i * 3, Threshold.evaluate(coefficients, (long) i * 3));
        }
        for (long far : new long[] {1L << 21, (1L << 40) + 5, 1_000_003L}) { // beyond the machine-product shortcut
            points.put(far, Threshold.evaluate(coefficients, far));
        }

        assertThat(Threshold.interpolateScalars(points)).isEqualTo(coefficients.get(0));
    }

    @Test
    void indicesMustBeDistinctAndOneBased() {
        assertThatThrownBy(() -> Threshold.lagrangeAtZero(List.of(1L, 1L))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Threshold.lagrangeAtZero(List.of(0L, 1L))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Threshold.lagrangeAtZero(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Threshold.evaluate(List.of(BigInteger.ONE), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void commitmentsThatCancelOutAreNoGroupKey() {
        BigInteger a = randomScalar();
        BlsPublicKey once = Threshold.commitments(List.of(a)).get(0);
        BlsPublicKey twice = Threshold.commitments(List.of(a.shiftLeft(1).mod(Threshold.ORDER))).get(0);

        // λ for indices 1 and 2 is (2, −1): 2·P − 1·(2P) cancels out.
        assertThatThrownBy(() -> Threshold.interpolateKeys(Map.of(1L, once, 2L, twice)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("identity");
    }

    private static Map<Long, BlsSignature> pick(Map<Long, BlsSignature> partials, long... indices) {
        Map<Long, BlsSignature> picked = new LinkedHashMap<>();
        for (long i : indices) {
            picked.put(i, partials.get(i));
        }
        return picked;
    }

    private BigInteger randomScalar() {
        BigInteger value;
        do {
            value = new BigInteger(Threshold.ORDER.bitLength() + 64, random).mod(Threshold.ORDER);
        } while (value.signum() == 0);
        return value;
    }
}
