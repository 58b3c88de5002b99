package io.dts.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Shared keys and signatures used from many threads at once give the same answers as from one. */
class ConcurrencyTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 25;

    @Test
    void sharedKeysAndSignaturesVerifyCorrectlyFromManyThreads() throws Exception {
        BlsSecretKey alice = TestKeys.key(1);
        BlsSecretKey bob = TestKeys.key(2);
        byte[] message = TestKeys.message("shared");
        BlsSignature aliceSignature = alice.sign(message);
        BlsSignature bobSignature = bob.sign(message);
        BlsSignature aggregate = Bls.aggregate(List.of(aliceSignature, bobSignature));
        List<BlsPublicKey> keys = List.of(alice.publicKey(), bob.publicKey());
        List<SignatureSet> sets = List.of(
                new SignatureSet(alice.publicKey(), message, aliceSignature),
                new SignatureSet(bob.publicKey(), message, bobSignature));

        Callable<Boolean> work = () -> {
            for (int i = 0; i < ROUNDS; i++) {
                boolean right = Bls.verify(alice.publicKey(), message, aliceSignature)
                        && !Bls.verify(bob.publicKey(), message, aliceSignature)
                        && Bls.fastAggregateVerify(keys, message, aggregate)
                        && Bls.batchVerify(sets)
                        && alice.sign(message).equals(aliceSignature)
                        && Bls.aggregate(List.of(aliceSignature, bobSignature)).equals(aggregate)
                        && BlsPublicKey.aggregate(keys).equals(BlsPublicKey.aggregate(keys));
                if (!right) {
                    return false;
                }
            }
            return true;
        };

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                results.add(pool.submit(work));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get(2, TimeUnit.MINUTES)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
