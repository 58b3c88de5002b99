package io.dts.core.signing;

import io.dts.core.crypto.Bls;
import io.dts.core.crypto.SignatureSet;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;

/**
 * Verifies signatures that arrive together in one batch (random linear combination, one
 * multi-pairing), falling back to one-by-one only to find the bad ones. Group commit, no extra
 * threads: a caller queues its signature; a caller that gets one of the verifying permits (one per
 * core) verifies a batch of what is queued and hands each caller its answer; the others wait for theirs.
 */
@ApplicationScoped
public class PartialSignatureVerifier {

    /** Bounds how long one caller can wait for the batch ahead of it (about 0.6 ms per signature). */
    static final int MAX_BATCH = 64;

    private record Pending(SignatureSet set, CompletableFuture<Boolean> valid) {
    }

    private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final Semaphore verifying = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));

    /** Whether {@code set} verifies. Blocks (without spinning) until its batch has been checked. */
    public boolean verify(SignatureSet set) {
        return verifyAll(List.of(set)).get(0);
    }

    /** Whether each of {@code sets} verifies, in their order; they join the queue together. */
    public List<Boolean> verifyAll(List<SignatureSet> sets) {
        List<Pending> mine = sets.stream().map(set -> new Pending(set, new CompletableFuture<>())).toList();
        queue.addAll(mine);
        drain();
        return mine.stream().map(p -> p.valid().join()).toList();
    }

    /**
     * Verifies queued batches while there are any and a permit is free. Whoever holds a permit looks
     * at the queue again after releasing it, so a caller that found every permit taken can simply
     * wait for its answer: its signature is never left behind.
     */
    private void drain() {
        while (!queue.isEmpty() && verifying.tryAcquire()) {
            try {
                verifyQueued();
            } finally {
                verifying.release();
            }
        }
    }

    private void verifyQueued() {
        List<Pending> batch = new ArrayList<>();
        Pending next;
        while (batch.size() < MAX_BATCH && (next = queue.poll()) != null) {
            batch.add(next);
        }
        if (batch.isEmpty()) {
            return;
        }
        try {
            if (batch.size() == 1) {
                SignatureSet only = batch.get(0).set();
                batch.get(0).valid().complete(Bls.verify(only.publicKey(), only.message(), only.signature()));
                return;
            }
            List<Integer> invalid = Bls.invalidSignatureSets(batch.stream().map(Pending::set).toList());
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).valid().complete(!invalid.contains(i));
            }
        } catch (RuntimeException | Error e) { // never leave a caller waiting for an answer that cannot come
            batch.forEach(p -> p.valid().completeExceptionally(e));
        }
    }
}
