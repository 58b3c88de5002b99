package io.dts.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import supranational.blst.P1;
import supranational.blst.P1_Affine;
import supranational.blst.P2;
import supranational.blst.P2_Affine;

class MultiScalarTest {

    @Test
    void bucketSumsEqualTheSumOfPlainScalarMultiplicationsInBothGroups() {
        Random random = new Random(20261201);
        for (int n : new int[] {1, 2, 7, 40, MultiScalar.PARALLEL_FROM + 1}) {
            List<P1_Affine> g1 = new ArrayList<>();
            List<P2_Affine> g2 = new ArrayList<>();
            List<BigInteger> scalars = new ArrayList<>();
            P1 expected1 = new P1();
            P2 expected2 = new P2();
            for (int i = 0; i < n; i++) {
                BigInteger base = new BigInteger(200, random).add(BigInteger.ONE);
                BigInteger scalar = i == 0 ? Threshold.ORDER.subtract(BigInteger.ONE) : new BigInteger(255, random).mod(Threshold.ORDER);
                g1.add(P1.generator().dup().mult(base).to_affine());
                g2.add(P2.generator().dup().mult(base).to_affine());
                scalars.add(scalar);
                expected1.add(P1.generator().dup().mult(base).mult(scalar));
                expected2.add(P2.generator().dup().mult(base).mult(scalar));
            }
            assertThat(MultiScalar.g1(g1, scalars).is_equal(expected1)).as("G1, n=" + n).isTrue();
            assertThat(MultiScalar.g2(g2, scalars).is_equal(expected2)).as("G2, n=" + n).isTrue();
        }
    }

    @Test
    void theWindowGrowsWithTheNumberOfPoints() {
        assertThat(MultiScalar.windowBits(1)).isLessThan(MultiScalar.windowBits(667));
        assertThat(MultiScalar.windowBits(667)).isBetween(6, 9);
    }
}
