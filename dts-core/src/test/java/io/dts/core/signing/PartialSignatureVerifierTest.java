package io.dts.core.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.dts.core.crypto.BlsSecretKey;
import io.dts.core.crypto.SignatureSet;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class PartialSignatureVerifierTest {

    private static BlsSecretKey key(int i) throws Exception {
        return BlsSecretKey.fromSeed(MessageDigest.getInstance("SHA-256").digest(("verifier-test-" + i).getBytes(StandardCharsets.UTF_8)));
    }

    private static PartialSignatureVerifier verifier() {
        return new PartialSignatureVerifier(work -> {
            Thread thread = new Thread(work, "verifier-test");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Test
    void aLoneSignatureIsVerifiedOnItsOwn() throws Exception {
        PartialSignatureVerifier verifier = verifier();
        BlsSecretKey key = key(1);
        byte[] message = Hashes.sha256("alone");

        assertThat(verifier.verify(new SignatureSet(key.publicKey(), message, key.sign(message)))).isTrue();
        assertThat(verifier.verify(new SignatureSet(key.publicKey(), Hashes.sha256("other"), key.sign(message)))).isFalse();
    }

    @Test
    void oneCallersManySignaturesAreAnsweredInTheirOrderEvenBeyondOneBatch() throws Exception {
        PartialSignatureVerifier verifier = verifier();
        int count = PartialSignatureVerifier.MAX_BATCH + 7;
        List<SignatureSet> sets = new ArrayList<>();
        List<Boolean> expected = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            BlsSecretKey key = key(i % 5);
            byte[] message = Hashes.sha256("request " + i);
            boolean good = i % 17 != 3;
            sets.add(new SignatureSet(key.publicKey(), message, key.sign(good ? message : Hashes.sha256("forged " + i))));
            expected.add(good);
        }

        assertThat(verifier.verifyAll(sets)).containsExactlyElementsOf(expected);
    }

    @Test
    void signaturesArrivingTogetherEachGetTheirOwnAnswerAndTheBadOnesAreFound() throws Exception {
        PartialSignatureVerifier verifier = verifier();
        byte[] message = Hashes.sha256("together");
        int callers = 64;
        List<SignatureSet> sets = new ArrayList<>();
        List<Boolean> expected = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            BlsSecretKey key = key(i);
            boolean good = i % 9 != 4;
            // A bad one is signed by the next key: well-formed, but not the sender's.
            sets.add(new SignatureSet(key.publicKey(), message, good ? key.sign(message) : key(i + 1000).sign(message)));
            expected.add(good);
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (SignatureSet set : sets) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return verifier.verify(set);
                }));
            }
            start.countDown();
            for (int i = 0; i < callers; i++) {
                assertThat(answers.get(i).get()).as("set %d", i).isEqualTo(expected.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void noCallerWaitsLongWhileOthersKeepTheQueueFull() throws Exception {
        PartialSignatureVerifier verifier = verifier();
        BlsSecretKey key = key(7);
        byte[] message = Hashes.sha256("steady stream");
        SignatureSet set = new SignatureSet(key.publicKey(), message, key.sign(message));
        List<SignatureSet> call = java.util.Collections.nCopies(PartialSignatureVerifier.MAX_BATCH, set);
        AtomicBoolean sending = new AtomicBoolean(true);
        java.util.concurrent.atomic.AtomicLong longestMillis = new java.util.concurrent.atomic.AtomicLong();
        ExecutorService callers = Executors.newFixedThreadPool(12);
        try {
            for (int i = 0; i < 12; i++) {
                callers.submit(() -> {
                    while (sending.get()) { // each caller sends again as soon as it is answered
                        long start = System.nanoTime();
                        assertThat(verifier.verifyAll(call)).containsOnly(true);
                        longestMillis.accumulateAndGet((System.nanoTime() - start) / 1_000_000, Math::max);
                    }
                    return null;
                });
            }
            Thread.sleep(6_000);
        } finally {
            sending.set(false);
            callers.shutdown();
            assertThat(callers.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        }
        // A caller that verified for the others until the stream stopped would have waited the whole 6 s.
        assertThat(longestMillis.get()).as("longest wait of one call, ms").isLessThan(3_000);
    }
}
