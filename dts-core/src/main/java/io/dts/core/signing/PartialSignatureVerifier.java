package io.dts.core.signing;

import io.dts.core.crypto.Bls;
import io.dts.core.crypto.SignatureSet;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Verifies signatures that arrive together in one batch (random linear combination, one
 * multi-pairing), falling back to one-by-one only to find the bad ones. Callers queue their
 * signatures and wait; one verifying thread per core takes up to {@link #MAX_BATCH} queued
 * signatures at a time, whoever sent them, and hands each caller its answer. A caller never verifies
 * for others: under a steady stream it would never get away.
 */
@ApplicationScoped
public class PartialSignatureVerifier {

    /** Bounds how long a caller waits for the batch ahead of it (about 0.6 ms per signature). */
    static final int MAX_BATCH = 32;

    private record Pending(SignatureSet set, CompletableFuture<Boolean> valid) {
    }

    private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final int maxWorkers = Math.max(1, Runtime.getRuntime().availableProcessors());
    private final AtomicInteger workers = new AtomicInteger();

    @Resource
    ManagedThreadFactory threads;

    private ExecutorService executor;

    PartialSignatureVerifier() {
    }

    /** Outside a container: verifying threads from {@code threads}. */
    PartialSignatureVerifier(ThreadFactory threads) {
        executor = Executors.newFixedThreadPool(maxWorkers, threads);
    }

    @PostConstruct
    void start() {
        executor = Executors.newFixedThreadPool(maxWorkers, threads);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** Whether {@code set} verifies. Blocks (without spinning) until its batch has been checked. */
    public boolean verify(SignatureSet set) {
        return verifyAll(List.of(set)).get(0);
    }

    /** Whether each of {@code sets} verifies, in their order; they join the queue together. */
    public List<Boolean> verifyAll(List<SignatureSet> sets) {
        List<Pending> mine = sets.stream().map(set -> new Pending(set, new CompletableFuture<>())).toList();
        queue.addAll(mine);
        startWorkerIfNeeded();
        return mine.stream().map(p -> p.valid().join()).toList();
    }

    /**
     * Starts a verifying thread while signatures wait and fewer than one per core are at work. A
     * thread looks at the queue again after it stops counting itself, so a signature queued while it
     * was leaving is never left behind.
     */
    private void startWorkerIfNeeded() {
        while (!queue.isEmpty()) {
            int running = workers.get();
            if (running >= maxWorkers) {
                return;
            }
            if (workers.compareAndSet(running, running + 1)) {
                try {
                    executor.execute(this::work);
                } catch (RejectedExecutionException e) { // shutting down: answer here rather than never
                    work();
                }
                return;
            }
        }
    }

    private void work() {
        try {
            List<Pending> batch;
            while (!(batch = nextBatch()).isEmpty()) {
                verify(batch);
            }
        } finally {
            workers.decrementAndGet();
            startWorkerIfNeeded();
        }
    }

    private List<Pending> nextBatch() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        Pending next;
        while (batch.size() < MAX_BATCH && (next = queue.poll()) != null) {
            batch.add(next);
        }
        return batch;
    }

    private static void verify(List<Pending> batch) {
        try {
            List<Integer> invalid = Bls.invalidSignatureSets(batch.stream().map(Pending::set).toList());
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).valid().complete(!invalid.contains(i));
            }
        } catch (RuntimeException | Error e) { // never leave a caller waiting for an answer that cannot come
            batch.forEach(p -> p.valid().completeExceptionally(e));
        }
    }
}
