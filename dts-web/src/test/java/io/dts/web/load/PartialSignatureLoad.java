package io.dts.web.load;

import static io.dts.web.load.ProgressLog.log;
import static io.dts.web.load.ProgressLog.seconds;

import io.dts.core.crypto.Bls;
import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Load generator for {@code POST /api/v1/partial-signatures}: measures the sustained intake of a
 * running DTS server next to raw single-thread {@link Bls#verify} measured in this JVM in the same
 * run, the server's own completion latency ({@code completionMicros}: from the commit that recorded the
 * threshold-reaching partial to COMPLETE) and the server process's resident memory.
 *
 * <p>Phases: (1) raw verification benchmark while the server idles (plus, for context, batched
 * verification and one completion's aggregation crypto); (2) keys, and every partial signature
 * pre-signed and every HTTP request pre-built, so that the generator's CPU during the timed phase goes
 * to HTTP only; (3) network set-up over REST (initialize, N accounts minted and registered as signers
 * concurrently, M signing requests opened); (4) warm-up then the timed phase, C client threads
 * sharing one {@link HttpClient}, then a light phase (one client, one call at a time) that shows the
 * completion latency without queueing; (5) the COMPLETE requests read back and checked against what
 * was accepted; (6) a Markdown report with PASS/MISS per product goal.
 *
 * <p>Talks only to 127.0.0.1. Settings are {@code key=value} arguments or {@code -Dload.key=value}
 * system properties: {@code base} (http://127.0.0.1:PORT/), {@code serverPid} (run.sh or the server
 * JVM, for memory and CPU), {@code signers} (64), {@code threshold} (2/3 of signers, rounded up),
 * {@code partialsPerRequest} (signers), {@code clients} (24), {@code warmupSeconds} (60: under load
 * the server's JIT compiler takes a large share of its CPU for about the first minute; the report
 * shows its share of the measured window), {@code durationSeconds} (45), {@code verifySeconds} (10),
 * {@code requests} (sized from the measured verification rate × {@code headroom} × the load's
 * duration; headroom 2.5 when saturated, 1.25 when paced), {@code lightRequests} (20), {@code batch} (1: one partial per call; B: one signer's
 * partials for B requests per call to {@code /partial-signatures/batch}), {@code order} ({@code
 * request}: each request's partials together, as when a committee answers a new
 * request; {@code interleaved}: consecutive partials go to different requests), {@code out} (a file
 * for the Markdown report), {@code runId}. The owner's password comes from {@code
 * DTS_OWNER_PASSWORD}.
 *
 * <p>Exit status: 0 when every call succeeded and the server's state is consistent (missed goals are
 * reported, not failed), 1 on request errors or inconsistencies, 2 when the run could not be set up.
 *
 * <p>This class owns the run's order; each phase has its own class: {@link CryptoBenchmark} (1),
 * {@link Workload} (2), {@link NetworkSetup} (3), {@link LoadDriver} (4), {@link Completions} (5),
 * {@link MarkdownReport} (6), all over one {@link RestClient} configured by {@link LoadSettings}.
 */
public final class PartialSignatureLoad {

    private final LoadSettings settings;
    private final RestClient client;
    /** What the report should mention besides the figures; added to from set-up threads. */
    private final List<String> notes = Collections.synchronizedList(new ArrayList<>());

    PartialSignatureLoad(LoadSettings settings) {
        this.settings = settings;
        this.client = new RestClient(settings.base);
    }

    public static void main(String[] args) {
        int status;
        try {
            status = new PartialSignatureLoad(new LoadSettings(args)).run();
        } catch (SetupFailure e) {
            System.err.println("LOAD RUN FAILED: " + e.getMessage());
            status = 2;
        } catch (RuntimeException e) {
            System.err.println("LOAD RUN FAILED: " + e);
            e.printStackTrace();
            status = 2;
        }
        System.out.flush();
        System.exit(status);
    }

    /** The six phases in order; returns the exit status. */
    int run() throws SetupFailure {
        String loadBefore = ServerProcess.loadavg();
        log("DTS partial-signature load run %s against %s (loadavg %s)", settings.runId, settings.base, loadBefore);
        log("generator JVM: %d CPUs visible; it shares them with the server, so it pre-signs everything and "
                + "only does HTTP in the timed phase", Runtime.getRuntime().availableProcessors());
        ServerProcess.MemorySampler memory = ServerProcess.MemorySampler.start(settings.serverPid);
        if (memory != null) {
            log("sampling RSS of server process %d (java %d) every 500 ms", settings.serverPid, memory.javaPid);
        } else {
            notes.add("no serverPid given: server memory not measured");
        }
        JsonObject network = client.get("api/v1/network", null, null, 200).json();

        // (1) raw single-thread verification, server idle
        CryptoBenchmark crypto = new CryptoBenchmark(settings.verifySeconds, settings.threshold);
        double verifyRate = crypto.measureVerify();
        double batchRate = crypto.measureBatchVerify(32, Math.min(3, settings.verifySeconds));
        double[] aggregationMillis = crypto.measureAggregation(Math.min(2, settings.verifySeconds));

        // (2) keys and pre-signed partials
        int requests = settings.requestedRequests > 0 ? settings.requestedRequests
                : (int) Math.max(20, Math.min(20_000, Math.ceil(verifyRate * settings.headroom
                        * (settings.warmupSeconds + settings.durationSeconds) / settings.partialsPerRequest)));
        Workload work = Workload.presign(settings, requests, settings.lightRequests);

        // (3) set-up over REST
        NetworkSetup setup = new NetworkSetup(settings, client, notes);
        setup.ensureInitialized(network);
        long setupStart = System.nanoTime();
        setup.registerSigners(work);
        long[] requestIds = setup.openRequests(work);
        log("set-up over REST took %.1f s", seconds(System.nanoTime() - setupStart));

        // (4) warm-up + timed phase, then a light, one-client phase for the completion latency without queueing
        LoadDriver driver = new LoadDriver(settings, client, memory);
        double pace = settings.rate.isEmpty() ? 0 : settings.rate.equals("raw") ? verifyRate : Double.parseDouble(settings.rate);
        Phase phase = driver.drive(work, pace);
        LightPhase light = driver.light(work, phase);

        // (5) what the server says it did
        Completions completions = Completions.read(client, settings, requestIds, work, phase);
        if (memory != null) {
            memory.stop();
        }
        String loadAfter = ServerProcess.loadavg();

        // (6) report
        return new MarkdownReport(settings, memory, notes, setup.retries())
                .write(verifyRate, batchRate, aggregationMillis, pace, work, phase, light, completions, loadBefore, loadAfter);
    }
}
