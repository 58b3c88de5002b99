package io.dts.core.crypto.bench;

import io.dts.core.crypto.Bls;
import io.dts.core.crypto.BlsPublicKey;
import io.dts.core.crypto.BlsSecretKey;
import io.dts.core.crypto.BlsSignature;
import java.util.ArrayList;
import java.util.List;
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
 * One message signed by {@value #SIGNERS} distinct keys: the threshold-signing case. The product
 * goal is aggregate + verify of 1000 signers in under 100 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
@Threads(1)
public class AggregateBenchmark {

    static final int SIGNERS = 1000;

    private List<BlsPublicKey> publicKeys;
    private byte[] message;
    private List<BlsSignature> signatures;

    @Setup
    public void setUp() {
        message = Fixtures.message(0);
        List<BlsPublicKey> keys = new ArrayList<>(SIGNERS);
        List<BlsSignature> sigs = new ArrayList<>(SIGNERS);
        for (int i = 0; i < SIGNERS; i++) {
            BlsSecretKey key = Fixtures.key(i);
            keys.add(key.publicKey());
            sigs.add(key.sign(message));
        }
        publicKeys = List.copyOf(keys);
        signatures = List.copyOf(sigs);
        Fixtures.check(Bls.fastAggregateVerify(publicKeys, message, Bls.aggregate(signatures)),
                "aggregate does not verify");
    }

    /** {@link Bls#aggregate} of the 1000 signatures alone (999 G2 additions and a compression). */
    @Benchmark
    public BlsSignature aggregate1000Signatures() {
        return Bls.aggregate(signatures);
    }

    /**
     * {@link Bls#aggregate} of the 1000 signatures, then {@link Bls#fastAggregateVerify} of the
     * result against the 1000 public keys: what accepting a threshold signature costs.
     */
    @Benchmark
    public boolean aggregateThenFastAggregateVerify1000Signers() {
        return Bls.fastAggregateVerify(publicKeys, message, Bls.aggregate(signatures));
    }
}
