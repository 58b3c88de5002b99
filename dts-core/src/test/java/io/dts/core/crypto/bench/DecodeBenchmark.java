package io.dts.core.crypto.bench;

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
 * Decoding what a client submits: {@link BlsPublicKey#fromBytes} (decompress a 48-byte G1 point
 * and check it is in the subgroup) and {@link BlsSignature#fromBytes} (the same for a 96-byte G2
 * point), each for one valid value.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
@Threads(1)
public class DecodeBenchmark {

    private byte[] publicKeyBytes;
    private byte[] signatureBytes;

    @Setup
    public void setUp() {
        BlsSecretKey key = Fixtures.key(0);
        publicKeyBytes = key.publicKey().toBytes();
        signatureBytes = key.sign(Fixtures.message(0)).toBytes();
    }

    @Benchmark
    public BlsPublicKey publicKeyFromBytes() {
        return BlsPublicKey.fromBytes(publicKeyBytes);
    }

    @Benchmark
    public BlsSignature signatureFromBytes() {
        return BlsSignature.fromBytes(signatureBytes);
    }
}
