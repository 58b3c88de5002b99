package io.dts.web.load;

import static io.dts.web.load.ProgressLog.log;
import static io.dts.web.load.ProgressLog.seconds;
import static io.dts.web.load.RestClient.abbreviate;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Sends the pre-built partials: warm-up and timed phase on C client threads, then the light one-client phase. */
final class LoadDriver {

    private final LoadSettings settings;
    private final RestClient client;
    /** Null when no serverPid was given: then the server's CPU and memory are not measured. */
    private final ServerProcess.MemorySampler memory;

    LoadDriver(LoadSettings settings, RestClient client, ServerProcess.MemorySampler memory) {
        this.settings = settings;
        this.client = client;
        this.memory = memory;
    }

    /**
     * Warm-up, then the measured window, until the deadline, the last pre-signed partial or 200 errors.
     * With {@code partialsPerSecond} > 0 each call goes out at its time on a fixed schedule (open loop),
     * else as soon as a client is free.
     */
    Phase drive(Workload work, double partialsPerSecond) {
        int clients = settings.clients;
        int all = work.total();
        int total = work.units().length;
        long[] starts = new long[all];
        long[] ends = new long[all];
        int[] statuses = new int[all];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ConcurrentLinkedQueue<String> samples = new ConcurrentLinkedQueue<>();
        AtomicInteger sampleCount = new AtomicInteger();
        long begin = System.nanoTime();
        long warmEnd = begin + (long) (settings.warmupSeconds * 1e9);
        long deadline = warmEnd + (long) (settings.durationSeconds * 1e9);
        log("driving %d client threads: %.0f s warm-up, then %.0f s measured (or until all %,d pre-signed partials "
                + "are sent)", clients, settings.warmupSeconds, settings.durationSeconds, total);
        long[] due = new long[total + 1]; // nanos after begin at which call n goes out when paced
        for (int n = 0; n < total; n++) {
            due[n + 1] = due[n] + (partialsPerSecond > 0 ? (long) (work.units()[n].partials().length * 1e9 / partialsPerSecond) : 0);
        }
        if (partialsPerSecond > 0) {
            log("paced: %.0f partials/s on a fixed schedule", partialsPerSecond);
        }
        Thread[] workers = new Thread[clients];
        for (int w = 0; w < clients; w++) {
            workers[w] = new Thread(() -> {
                while (System.nanoTime() < deadline && errors.get() < 200) {
                    int n = next.getAndIncrement();
                    if (n >= total) {
                        return;
                    }
                    Workload.Unit unit = work.units()[n];
                    int k = unit.partials()[0];
                    long wait;
                    while ((wait = begin + due[n] - System.nanoTime()) > 0) {
                        java.util.concurrent.locks.LockSupport.parkNanos(wait);
                    }
                    long s = System.nanoTime();
                    int[] status;
                    String problem = null;
                    try {
                        HttpResponse<byte[]> response = client.sendPrebuilt(unit.call());
                        String body = new String(response.body(), StandardCharsets.UTF_8);
                        status = statuses(response.statusCode(), body, unit.partials().length, settings.batch > 1);
                        if (java.util.Arrays.stream(status).anyMatch(st -> st < 200 || st >= 300)) {
                            problem = response.statusCode() + " " + body;
                        }
                    } catch (IOException e) {
                        status = new int[] {-1};
                        problem = "no answer: " + e;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    long e = System.nanoTime();
                    for (int i = 0; i < unit.partials().length; i++) {
                        starts[unit.partials()[i]] = s;
                        ends[unit.partials()[i]] = e;
                        statuses[unit.partials()[i]] = status[Math.min(i, status.length - 1)];
                    }
                    if (problem != null) {
                        errors.incrementAndGet();
                        if (sampleCount.incrementAndGet() <= 8) {
                            samples.add("partial " + k + " (request #" + k / settings.partialsPerRequest + ", signer "
                                    + work.names()[work.signerOf()[k]] + "): " + abbreviate(problem, 600));
                        }
                    }
                }
            }, "load-client-" + w);
            workers[w].setDaemon(true);
        }
        for (Thread t : workers) {
            t.start();
        }
        // CPU of the server and of this JVM over the measured window
        long serverCpuAtWarmEnd = -1;
        long serverJitCpuAtWarmEnd = -1;
        long generatorCpuAtWarmEnd = -1;
        long progressAt = begin + TimeUnit.SECONDS.toNanos(10);
        boolean alive = true;
        while (alive) {
            alive = false;
            for (Thread t : workers) {
                try {
                    t.join(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SetupFailure("interrupted");
                }
                alive |= t.isAlive();
            }
            long now = System.nanoTime();
            if (serverCpuAtWarmEnd < 0 && now >= warmEnd) {
                serverCpuAtWarmEnd = memory == null ? 0 : ServerProcess.cpuTicks(memory.javaPid);
                serverJitCpuAtWarmEnd = memory == null ? 0 : ServerProcess.compilerCpuTicks(memory.javaPid);
                generatorCpuAtWarmEnd = ServerProcess.processCpuNanos();
                if (memory != null) {
                    memory.markMeasuredPhase(true);
                }
            }
            if (now >= progressAt && alive) {
                progressAt += TimeUnit.SECONDS.toNanos(10);
                log("  ... %.0f s: %,d calls sent, %d errors", seconds(now - begin), Math.min(next.get(), total),
                        errors.get());
            }
        }
        long end = System.nanoTime();
        if (memory != null) {
            memory.markMeasuredPhase(false);
        }
        long serverCpu = serverCpuAtWarmEnd < 0 || memory == null ? -1 : ServerProcess.cpuTicks(memory.javaPid) - serverCpuAtWarmEnd;
        long serverJitCpu = serverCpu < 0 ? -1 : ServerProcess.compilerCpuTicks(memory.javaPid) - serverJitCpuAtWarmEnd;
        long generatorCpu = generatorCpuAtWarmEnd < 0 ? -1 : ServerProcess.processCpuNanos() - generatorCpuAtWarmEnd;
        int sent = Math.min(next.get(), total);
        // calls claimed but not finished (only if a thread was still blocked): count as sent only if they ended
        int finished = 0;
        for (int k = 0; k < all; k++) {
            if (ends[k] != 0) {
                finished++;
            }
        }
        boolean exhausted = next.get() >= total && end < deadline;
        boolean aborted = errors.get() >= 200;
        log("load done: %,d partials answered in %.1f s%s", finished, seconds(end - begin),
                exhausted ? " (all pre-signed partials sent before the deadline)" : "");
        return new Phase(begin, warmEnd, deadline, end, sent, starts, ends, statuses, new ArrayList<>(samples), serverCpu,
                serverJitCpu, generatorCpu, end - warmEnd, exhausted, aborted);
    }

    /**
     * Each partial's status: the call's, or for a batch answer (even one with a single partial: a
     * staggered signer's first block can be one request) its results' in order.
     */
    private static int[] statuses(int callStatus, String body, int partials, boolean batch) {
        if (!batch || callStatus != 200) {
            return new int[] {callStatus};
        }
        java.util.regex.Matcher each = BATCH_STATUS.matcher(body);
        int[] statuses = new int[partials];
        int found = 0;
        while (found < partials && each.find()) {
            statuses[found++] = Integer.parseInt(each.group(1));
        }
        return found == partials ? statuses : new int[] {-2};
    }

    /** A result's status in a batch answer: the only numeric "status" (a receipt's status is a string). */
    private static final java.util.regex.Pattern BATCH_STATUS = java.util.regex.Pattern.compile("\"status\":(\\d{3})");

    /**
     * One client, one call at a time: the first t partials of each light request, so that the t-th
     * finds neither a queue nor a held row lock. Shows the completion latency of an unloaded server.
     * Records each call in {@code phase}.
     */
    LightPhase light(Workload work, Phase phase) {
        int p = settings.partialsPerRequest;
        int threshold = settings.threshold;
        if (work.requests() == work.mainRequests()) {
            return LightPhase.NONE;
        }
        long start = System.nanoTime();
        int sent = 0;
        for (int r = work.mainRequests(); r < work.requests(); r++) {
            for (int j = 0; j < threshold; j++) {
                int k = r * p + j;
                long s = System.nanoTime();
                int status;
                String problem = null;
                try {
                    HttpResponse<byte[]> response = client.sendPrebuilt(work.calls()[k]);
                    status = response.statusCode();
                    if (status < 200 || status >= 300) {
                        problem = status + " " + new String(response.body(), StandardCharsets.UTF_8);
                    }
                } catch (IOException e) {
                    status = -1;
                    problem = "no answer: " + e;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SetupFailure("interrupted");
                }
                phase.starts()[k] = s;
                phase.ends()[k] = System.nanoTime();
                phase.statuses()[k] = status;
                sent++;
                if (problem != null && phase.errorSamples().size() < 12) {
                    phase.errorSamples().add("light-phase partial " + k + " (request #" + r + "): " + abbreviate(problem, 600));
                }
            }
        }
        long nanos = System.nanoTime() - start;
        log("light phase: %d requests, their first %d partials one at a time, in %.1f s (%.1f ms per call)",
                work.requests() - work.mainRequests(), threshold, seconds(nanos), nanos / 1e6 / Math.max(1, sent));
        return new LightPhase(sent, nanos);
    }
}
