package io.dts.core.crypto.bench;

import io.dts.core.crypto.Bls;
import io.dts.core.crypto.BlsPublicKey;
import io.dts.core.crypto.BlsSignature;
import io.dts.core.crypto.Threshold;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Threshold signing with t = {@value #THRESHOLD} (THRESHOLD.md "Threshold signing"): the
 * combination of t partial signatures into the group signature, Lagrange coefficients included.
 * The product goal is under 250 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
@Threads(1)
public class ThresholdCombineBenchmark {

    static final int THRESHOLD = 667;

    private Map<Long, BlsSignature> partials;

    @Setup
    public void setUp() {
        List<BigInteger> coefficients = new ArrayList<>(THRESHOLD);
        for (int k = 0; k < THRESHOLD; k++) {
            coefficients.add(new BigInteger(1, Fixtures.key(10_000 + k).toBytes()));
        }
        byte[] message = Fixtures.message(0);
        // Indices 1, 2, 3, 5, 6, 8, 9, … up to about 1000: signers of a larger committee, not simply 1..t.
        Map<Long, BlsSignature> byIndex = new TreeMap<>();
        for (long j = 1; byIndex.size() < THRESHOLD; j += j % 3 == 0 ? 2 : 1) {
            byIndex.put(j, Threshold.shareKey(Threshold.evaluate(coefficients, j)).sign(message));
        }
        partials = Map.copyOf(byIndex);
        BlsPublicKey groupKey = Threshold.shareKey(coefficients.get(0)).publicKey();
        Fixtures.check(Bls.verify(groupKey, message, Threshold.combine(partials)),
                "the combined signature does not verify under the group key");
    }

    /** {@link Threshold#combine}: {@value #THRESHOLD} Lagrange coefficients and the G2 sum Σ λ_j·σ_j. */
    @Benchmark
    public BlsSignature combine667Partials() {
        return Threshold.combine(partials);
    }
}
