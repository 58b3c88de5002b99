package io.dts.core.crypto.bench;

import io.dts.core.crypto.Bls;
import io.dts.core.crypto.BlsSecretKey;
import io.dts.core.crypto.SignatureSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link Bls#batchVerify} of {@code sets} valid signature sets, each a different key over a
 * different 32-byte message (the shape of a batch of submissions).
 *
 * <p>The primary score is the time of one whole batch (µs/op). The secondary score {@code
 * signatures} is the same time per signature in the batch (µs per signature, i.e. the primary
 * score divided by {@code sets}), to compare directly with {@link VerifyBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
@Threads(1)
public class BatchVerifyBenchmark {

    @Param({"1", "8", "32", "128", "1000"})
    public int sets;

    private List<SignatureSet> batch;

    /** Counts the signatures checked, so that JMH also reports the time per signature. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class PerSignature {

        public long signatures;

        @Setup(Level.Iteration)
        public void reset() {
            signatures = 0;
        }
    }

    @Setup
    public void setUp() {
        List<SignatureSet> made = new ArrayList<>(sets);
        for (int i = 0; i < sets; i++) {
            BlsSecretKey key = Fixtures.key(i);
            byte[] message = Fixtures.message(i);
            made.add(new SignatureSet(key.publicKey(), message, key.sign(message)));
        }
        batch = List.copyOf(made);
        Fixtures.check(Bls.batchVerify(batch), "batch does not verify");
    }

    @Benchmark
    public boolean batchVerify(PerSignature counter) {
        boolean valid = Bls.batchVerify(batch);
        counter.signatures += sets;
        return valid;
    }
}
