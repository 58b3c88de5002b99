package io.dts.core.signing;

import io.dts.core.crypto.Bls;
import io.dts.core.crypto.SignatureSet;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Verifies signatures that arrive together in one batch (random linear combination, one
 * multi-pairing), falling back to one-by-one only to find the bad ones. Group commit, no extra
 * threads: a caller queues its signature; whichever caller holds the lock verifies everything queued
 * so far and hands each caller its answer; the others wait for theirs.
 */
@ApplicationScoped
public class PartialSignatureVerifier {

    /** Bounds how long one caller can wait for the batch ahead of it (about 0.6 ms per signature). */
    static final int MAX_BATCH = 64;

    private record Pending(SignatureSet set, CompletableFuture<Boolean> valid) {
    }

    private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final ReentrantLock verifying = new ReentrantLock();

    /** Whether {@code set} verifies. Blocks until its batch has been checked. */
    public boolean verify(SignatureSet set) {
        Pending mine = new Pending(set, new CompletableFuture<>());
        queue.add(mine);
        while (!mine.valid().isDone()) {
            if (verifying.tryLock()) {
                try {
                    if (!mine.valid().isDone()) {
                        verifyQueued();
                    }
                } finally {
                    verifying.unlock();
                }
            } else {
                awaitBriefly(mine.valid());
            }
        }
        return mine.valid().join();
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
        } catch (RuntimeException e) {
            batch.forEach(p -> p.valid().completeExceptionally(e));
        }
    }

    private static void awaitBriefly(CompletableFuture<Boolean> valid) {
        try {
            valid.get(1, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // not yet, or failed: the loop looks again
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a signature was being verified", e);
        }
    }
}
