package io.dts.web.load;

import static io.dts.web.load.ProgressLog.log;
import static io.dts.web.load.ProgressLog.seconds;

import io.dts.core.crypto.Bls;
import io.dts.core.crypto.BlsPublicKey;
import io.dts.core.crypto.BlsSecretKey;
import io.dts.core.crypto.BlsSignature;
import io.dts.core.crypto.SignatureSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Raw single-thread BLS timings in this JVM: {@link Bls#verify} (the baseline), batched verify and one completion's crypto. */
final class CryptoBenchmark {

    private final double verifySeconds;
    private final int threshold;

    CryptoBenchmark(double verifySeconds, int threshold) {
        this.verifySeconds = verifySeconds;
        this.threshold = threshold;
    }

    /** Verifications per second, one thread, after a 3 s warm-up. */
    double measureVerify() {
        int n = 64;
        SignatureSet[] sets = benchmarkSets(n);
        long warm = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(3000);
        int i = 0;
        while (System.nanoTime() < warm) {
            SignatureSet set = sets[i++ % n];
            if (!Bls.verify(set.publicKey(), set.message(), set.signature())) {
                throw new SetupFailure("Bls.verify rejected a valid signature");
            }
        }
        long start = System.nanoTime();
        long end = start + (long) (verifySeconds * 1e9);
        long count = 0;
        long now;
        do {
            SignatureSet set = sets[(int) (count % n)];
            if (!Bls.verify(set.publicKey(), set.message(), set.signature())) {
                throw new SetupFailure("Bls.verify rejected a valid signature");
            }
            count++;
            now = System.nanoTime();
        } while (now < end);
        double rate = count / seconds(now - start);
        log("raw single-thread Bls.verify: %,d verifications in %.1f s = %.0f/s (%.3f ms each)", count,
                seconds(now - start), rate, 1000 / rate);
        return rate;
    }

    /** For context only: the batched check the server's verifier uses, per set, one thread. */
    double measureBatchVerify(int batch, double secondsToRun) {
        List<SignatureSet> sets = Arrays.asList(benchmarkSets(batch));
        Bls.batchVerify(sets);
        long start = System.nanoTime();
        long end = start + (long) (secondsToRun * 1e9);
        long count = 0;
        long now;
        do {
            if (!Bls.batchVerify(sets)) {
                throw new SetupFailure("Bls.batchVerify rejected valid signatures");
            }
            count += batch;
            now = System.nanoTime();
        } while (now < end);
        double rate = count / seconds(now - start);
        log("for context, single-thread Bls.batchVerify in batches of %d: %.0f sets/s", batch, rate);
        return rate;
    }

    /**
     * For context, one thread: the crypto of one completion at threshold t. [0]: decoding and
     * subgroup-checking t signatures and t public keys from hex (what a server pays unless it keeps
     * decoded points); [1]: summing the t signatures and FastAggregateVerify under the t keys. Milliseconds.
     */
    double[] measureAggregation(double secondsToRun) {
        byte[] message = Sha256.of("dts-load-aggregate-message");
        List<String> signatureHex = new ArrayList<>();
        List<String> keyHex = new ArrayList<>();
        for (int i = 0; i < threshold; i++) {
            BlsSecretKey key = BlsSecretKey.fromSeed(Sha256.of("dts-load-aggregate-key-" + i));
            keyHex.add(key.publicKey().toHex());
            signatureHex.add(key.sign(message).toHex());
        }
        long decodeNanos = 0;
        long aggregateNanos = 0;
        long count = 0;
        long end = System.nanoTime() + (long) (secondsToRun * 1e9);
        while (System.nanoTime() < end) {
            long t0 = System.nanoTime();
            List<BlsSignature> signatures = signatureHex.stream().map(BlsSignature::fromHex).toList();
            List<BlsPublicKey> keys = keyHex.stream().map(BlsPublicKey::fromHex).toList();
            long t1 = System.nanoTime();
            if (!Bls.fastAggregateVerify(keys, message, Bls.aggregate(signatures))) {
                throw new SetupFailure("fastAggregateVerify rejected a valid aggregate");
            }
            long t2 = System.nanoTime();
            decodeNanos += t1 - t0;
            aggregateNanos += t2 - t1;
            count++;
        }
        double[] millis = {decodeNanos / 1e6 / count, aggregateNanos / 1e6 / count};
        log("for context, one completion's crypto at t=%d, one thread: decoding %d signatures and keys from hex %.2f ms; "
                + "sum + FastAggregateVerify %.2f ms", threshold, threshold, millis[0], millis[1]);
        return millis;
    }

    private static SignatureSet[] benchmarkSets(int n) {
        SignatureSet[] sets = new SignatureSet[n];
        for (int i = 0; i < n; i++) {
            BlsSecretKey key = BlsSecretKey.fromSeed(Sha256.of("dts-load-verify-key-" + i));
            byte[] message = Sha256.of("dts-load-verify-message-" + i);
            sets[i] = new SignatureSet(key.publicKey(), message, key.sign(message));
        }
        return sets;
    }
}
