package io.dts.web.load;

import static io.dts.web.load.Percentiles.max;
import static io.dts.web.load.Percentiles.percentile;
import static io.dts.web.load.Percentiles.sorted;
import static io.dts.web.load.ProgressLog.seconds;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The run's Markdown report, with PASS/MISS per product goal, on standard output and in {@code out=}; decides the exit status. */
final class MarkdownReport {

    private static final long GIB = 1L << 30;

    private final LoadSettings settings;
    /** Null when no serverPid was given. */
    private final ServerProcess.MemorySampler memory;
    private final List<String> notes;
    private final int setupRetries;

    MarkdownReport(LoadSettings settings, ServerProcess.MemorySampler memory, List<String> notes, int setupRetries) {
        this.settings = settings;
        this.memory = memory;
        this.notes = notes;
        this.setupRetries = setupRetries;
    }

    /** Prints and writes the report; returns 1 on request errors, inconsistencies or an aborted load, else 0. */
    int write(double verifyRate, double batchRate, double[] aggregationMillis, double pace, Workload work, Phase phase,
            LightPhase light, Completions c, String loadBefore, String loadAfter) {
        int partialsPerRequest = settings.partialsPerRequest;
        int threshold = settings.threshold;
        int total = work.total();
        int ok201 = 0;
        int ok200 = 0;
        int errors = 0;
        int measured = 0;
        int measured201 = 0;
        List<Long> latencyMeasured = new ArrayList<>();
        List<Long> latencyAll = new ArrayList<>();
        List<Long> latencyLight = new ArrayList<>();
        Map<Integer, Integer> byStatus = new LinkedHashMap<>();
        long lastEnd = phase.warmEnd();
        int mainTotal = work.mainRequests() * partialsPerRequest;
        for (int k = 0; k < total; k++) {
            if (phase.ends()[k] == 0) {
                continue;
            }
            int st = phase.statuses()[k];
            byStatus.merge(st, 1, Integer::sum);
            long lat = phase.ends()[k] - phase.starts()[k];
            if (st == 201) {
                ok201++;
            } else if (st == 200) {
                ok200++;
            } else {
                errors++;
            }
            if (k >= mainTotal) {
                latencyLight.add(lat);
                continue;
            }
            latencyAll.add(lat);
            if (phase.ends()[k] >= phase.warmEnd()) {
                measured++;
                lastEnd = Math.max(lastEnd, phase.ends()[k]);
                if (st == 201) {
                    measured201++;
                }
            }
            if (phase.starts()[k] >= phase.warmEnd()) {
                latencyMeasured.add(lat);
            }
        }
        double window = seconds(lastEnd - phase.warmEnd());
        boolean windowUsable = measured > 0 && window > 1;
        double rate;
        String rateNote;
        if (windowUsable) {
            rate = measured201 / window;
            rateNote = String.format("%,d accepted (201) partials answered in the %.1f s measured window after %.0f s warm-up",
                    measured201, window, settings.warmupSeconds);
        } else {
            double all = seconds(phase.end() - phase.begin());
            int main201 = 0;
            for (int k = 0; k < mainTotal; k++) {
                if (phase.statuses()[k] == 201) {
                    main201++;
                }
            }
            rate = main201 / all;
            rateNote = String.format("warm-up took every pre-signed partial: rate over the whole %.1f s (raise requests=)", all);
            notes.add("the measured window was empty: all partials were sent during warm-up; rate is over the whole load");
        }
        double ratio = rate / verifyRate;
        long[] lat = sorted(latencyMeasured.isEmpty() ? latencyAll : latencyMeasured);
        long[] latLight = sorted(latencyLight);
        int cpus = Runtime.getRuntime().availableProcessors();
        double serverCores = phase.serverCpuTicks() < 0 || !windowUsable ? -1
                : phase.serverCpuTicks() / 100.0 / seconds(phase.windowNanos());
        double jitCores = phase.serverJitCpuTicks() < 0 || !windowUsable ? -1
                : phase.serverJitCpuTicks() / 100.0 / seconds(phase.windowNanos());
        if (jitCores > 0.1 * serverCores && serverCores > 0) {
            notes.add(String.format("the server's JIT compiler took %.0f %% of its CPU in the measured window: it was still "
                    + "warming up, and the figures are not its steady state (raise warmupSeconds)", 100 * jitCores / serverCores));
        }
        double generatorCores = phase.generatorCpuNanos() < 0 || !windowUsable ? -1
                : seconds(phase.generatorCpuNanos()) / seconds(phase.windowNanos());

        // Saturated, the run measures capacity (the intake goal); paced, the latency at that rate (the completion goal).
        boolean paced = pace > 0;
        boolean throughputPass = !paced && ratio >= 1.0;
        boolean paceHeld = paced && rate >= 0.97 * pace;
        long p99Micros = percentile(c.steadyMicros(), 0.99);
        boolean completionPass = paced && paceHeld && c.steadyMicros().length > 0 && p99Micros <= 10_000;
        boolean memoryKnown = memory != null && memory.peakTreeKb > 0;
        boolean memoryPass = memoryKnown && memory.peakTreeKb * 1024L < GIB;

        StringBuilder md = new StringBuilder();
        md.append("\n## DTS partial-signature load: run ").append(settings.runId).append("\n\n");
        md.append(String.format("Server %s, %d signers (committee of %d, threshold %d), %d partials per request, %,d requests "
                + "(%,d partials) pre-signed, sent in %s order; %d client threads, one HttpClient (HTTP/1.1 keep-alive); %.0f s "
                + "warm-up + %.0f s measured. %d CPUs, shared by the server and this generator.%n%n", settings.base,
                settings.signerCount, settings.signerCount, threshold, partialsPerRequest, work.requests(), total,
                settings.order, settings.clients, settings.warmupSeconds, settings.durationSeconds, cpus));
        md.append("| metric | value | goal | verdict |\n|---|---|---|---|\n");
        row(md, "raw single-thread `Bls.verify` (this JVM, server idle)", fmt("%.0f verifications/s", verifyRate), "", "");
        row(md, "`Bls.batchVerify`, batches of 32, one thread (context)", fmt("%.0f sets/s", batchRate), "", "");
        row(md, fmt("one completion's crypto at t=%d, one thread (context): decode t signatures + t keys from hex / "
                + "sum + FastAggregateVerify", threshold), fmt("%.2f ms / %.2f ms", aggregationMillis[0], aggregationMillis[1]),
                "", "");
        String intake = settings.batch == 1 ? "(`POST /api/v1/partial-signatures` → 201)"
                : fmt("(`POST /api/v1/partial-signatures/batch`, %d per call, blocks %s, each → 201)", settings.batch, settings.blocks);
        if (paced) {
            row(md, "**REST intake, paced** on a fixed schedule of " + fmt("%.0f partials/s ", pace) + intake,
                    fmt("**%.0f partials/s**", rate), "the schedule", paceHeld ? "held" : "**NOT HELD**");
        } else {
            row(md, "**REST intake, saturated** " + intake, fmt("**%.0f partials/s**", rate), "≥ raw verify",
                    verdict(throughputPass));
            row(md, "ratio intake / raw single-thread verify", fmt("%.2f", ratio), "≥ 1.00", verdict(throughputPass));
        }
        row(md, "HTTP latency p50 / p99 / max (measured window)", fmt("%.1f / %.1f / %.1f ms", percentile(lat, 0.5) / 1e6,
                percentile(lat, 0.99) / 1e6, lat.length == 0 ? 0 : lat[lat.length - 1] / 1e6), "", "");
        row(md, "answers: 201 / 200 (duplicate) / errors, both phases", fmt("%,d / %,d / %,d of %,d sent", ok201, ok200,
                errors, phase.sent() + light.sent()),
                "0 errors", errors == 0 ? "PASS" : "**FAIL**");
        row(md, "`completionMicros` p50 / p99 / max, all COMPLETE requests (warm-up included)", fmt("%s / %s / %s (n=%d)",
                ms(percentile(c.allMicros(), 0.5)), ms(percentile(c.allMicros(), 0.99)), ms(max(c.allMicros())),
                c.allMicros().length), "", "");
        row(md, "**`completionMicros` p50 / p99 / max, requests started in the measured window**", fmt("%s / **%s** / %s (n=%d)",
                ms(percentile(c.steadyMicros(), 0.5)), ms(p99Micros), ms(max(c.steadyMicros())), c.steadyMicros().length),
                paced ? "p99 ≤ 10 ms at the goal's rate" : "(at saturation: queueing, not the goal's condition)",
                paced ? verdict(completionPass) : "—");
        row(md, "`completionMicros` p50 / p99 / max, light phase (one client, one call at a time)", fmt("%s / %s / %s (n=%d)",
                ms(percentile(c.lightMicros(), 0.5)), ms(percentile(c.lightMicros(), 0.99)), ms(max(c.lightMicros())),
                c.lightMicros().length), "", "");
        row(md, "HTTP latency p50 / p99, light phase (one call at a time)", fmt("%.1f / %.1f ms (%d calls; %.0f calls/s)",
                percentile(latLight, 0.5) / 1e6, percentile(latLight, 0.99) / 1e6, latLight.length,
                light.nanos() == 0 ? 0 : light.sent() / seconds(light.nanos())), "", "");
        row(md, "requests COMPLETE / with ≥ t partials accepted / opened", fmt("%,d / %,d / %,d", c.complete(),
                c.shouldBeComplete(), work.requests()), "equal first two", c.inconsistencies().isEmpty() ? "PASS" : "**FAIL**");
        if (memoryKnown) {
            row(md, "server RSS peak, whole run (run.sh + JVM; sampled every 500 ms)", mib(memory.peakTreeKb), "< 1 GiB",
                    verdict(memoryPass));
            row(md, "server RSS peak during the measured window / at the end", mib(memory.peakMeasuredKb) + " / "
                    + mib(memory.lastTreeKb), "", "");
            row(md, "server JVM VmHWM (kernel's peak RSS of the java process)", mib(memory.javaHwmKb), "", "");
        } else {
            row(md, "server RSS", "not measured (no serverPid)", "< 1 GiB", "n/a");
        }
        row(md, "CPU in the measured window: server (of which its JIT compiler) / generator", fmt("%s (%s) / %s cores of %d",
                cores(serverCores), cores(jitCores), cores(generatorCores), cpus), "", "");
        row(md, "/proc/loadavg before / after", loadBefore + " / " + loadAfter, "", "");
        md.append("\n").append(rateNote).append(". Status counts: ").append(byStatus).append(".\n");
        md.append("The generator runs on the same machine as the server: everything is pre-signed and every HTTP request "
                + "pre-built, so its timed-phase work is HTTP only; its CPU above is taken from the server's 2 cores.\n");
        if (setupRetries > 0) {
            notes.add(setupRetries + " set-up calls (accounts, mint, registration, opening requests) answered 5xx and "
                    + "were retried; they are not counted in the measured figures");
        }
        if (phase.abortedOnErrors()) {
            notes.add("the load stopped early after 200 errors");
        }
        for (String note : notes) {
            md.append("\nNote: ").append(note).append('\n');
        }
        if (!phase.errorSamples().isEmpty()) {
            md.append("\nFirst errors:\n");
            phase.errorSamples().forEach(s -> md.append("- ").append(s).append('\n'));
        }
        if (!c.inconsistencies().isEmpty()) {
            md.append("\nInconsistencies:\n");
            c.inconsistencies().forEach(s -> md.append("- ").append(s).append('\n'));
        }
        md.append(String.format("%nGoals: intake ≥ raw verify: %s; completion p99 ≤ 10 ms: %s; RSS < 1 GiB: %s%n",
                paced ? "n/a (paced run)" : verdict(throughputPass),
                !paced ? "n/a (saturated run)" : c.steadyMicros().length == 0 ? "n/a" : verdict(completionPass),
                memoryKnown ? verdict(memoryPass) : "n/a"));
        System.out.print(md);
        if (settings.resultFile != null) {
            try {
                Files.writeString(settings.resultFile, md.toString());
            } catch (IOException e) {
                System.err.println("could not write " + settings.resultFile + ": " + e);
            }
        }
        boolean failed = errors > 0 || !c.inconsistencies().isEmpty() || phase.abortedOnErrors();
        return failed ? 1 : 0;
    }

    private static String ms(long micros) {
        return String.format(Locale.ROOT, "%.2f ms", micros / 1000.0);
    }

    private static String mib(long kb) {
        return String.format(Locale.ROOT, "%.0f MiB", kb / 1024.0);
    }

    private static String cores(double c) {
        return c < 0 ? "?" : String.format(Locale.ROOT, "%.2f", c);
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private static String verdict(boolean pass) {
        return pass ? "PASS" : "MISS";
    }

    private static void row(StringBuilder md, String metric, String value, String goal, String verdict) {
        md.append("| ").append(metric).append(" | ").append(value).append(" | ").append(goal).append(" | ").append(verdict)
                .append(" |\n");
    }
}
