package io.dts.core.crypto.bench;

import io.dts.core.crypto.Bls;
import io.dts.core.crypto.BlsPublicKey;
import io.dts.core.crypto.BlsSecretKey;
import io.dts.core.crypto.BlsSignature;
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
 * The baseline: one {@link Bls#verify} of a valid signature on one thread, i.e. raw single-thread
 * jblst verification (hash to G2 plus a two-pairing check). Verifications per second on one core
 * are 10^6 divided by the score in µs/op.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
@Threads(1)
public class VerifyBenchmark {

    private BlsPublicKey publicKey;
    private byte[] message;
    private BlsSignature signature;

    @Setup
    public void setUp() {
        BlsSecretKey key = Fixtures.key(0);
        publicKey = key.publicKey();
        message = Fixtures.message(0);
        signature = key.sign(message);
        Fixtures.check(Bls.verify(publicKey, message, signature), "signature does not verify");
    }

    @Benchmark
    public boolean verifySingleSignature() {
        return Bls.verify(publicKey, message, signature);
    }
}
