package io.dts.web.load;

import io.dts.core.crypto.Bls;
import io.dts.core.crypto.Ciphersuite;
import io.dts.core.crypto.BlsSecretKey;
import io.dts.web.crypto.PreSigner;
import io.dts.core.crypto.SignatureSet;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Load generator for {@code POST /api/v1/partial-signatures}: measures the sustained intake of a
 * running DTS server next to raw single-thread {@link Bls#verify} measured in this JVM in the same
 * run, the server's own completion latency ({@code completionMicros}: from the threshold-reaching
 * partial's arrival to COMPLETE) and the server process's resident memory.
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
 * {@code partialsPerRequest} (signers), {@code clients} (24), {@code warmupSeconds} (10), {@code
 * durationSeconds} (45), {@code verifySeconds} (10), {@code requests} (sized from the measured
 * verification rate × {@code headroom} 1.25 × the load's duration), {@code lightRequests} (20),
 * {@code order} ({@code request}: each request's partials together, as when a committee answers a new
 * request; {@code interleaved}: consecutive partials go to different requests), {@code out} (a file
 * for the Markdown report), {@code runId}. The owner's password comes from {@code
 * DTS_OWNER_PASSWORD}.
 *
 * <p>Exit status: 0 when every call succeeded and the server's state is consistent (missed goals are
 * reported, not failed), 1 on request errors or inconsistencies, 2 when the run could not be set up.
 */
public final class PartialSignatureLoad {

    private static final HexFormat HEX = HexFormat.of();
    private static final long GIB = 1L << 30;

    /** A failure that stops the run before or outside the measurement. */
    static final class SetupFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SetupFailure(String message) {
            super(message);
        }
    }

    /** Settings: {@code key=value} arguments override {@code -Dload.key=value} system properties. */
    static final class Settings {
        private final Map<String, String> values = new HashMap<>();

        Settings(String[] args) {
            for (String arg : args) {
                String a = arg.startsWith("--") ? arg.substring(2) : arg;
                int eq = a.indexOf('=');
                if (eq <= 0) {
                    throw new SetupFailure("arguments are key=value, got '" + arg + "'");
                }
                values.put(a.substring(0, eq), a.substring(eq + 1));
            }
        }

        String get(String key, String fallback) {
            String v = values.get(key);
            if (v == null) {
                v = System.getProperty("load." + key);
            }
            return v == null || v.isBlank() ? fallback : v.trim();
        }

        int integer(String key, int fallback) {
            return Integer.parseInt(get(key, Integer.toString(fallback)));
        }

        double decimal(String key, double fallback) {
            return Double.parseDouble(get(key, Double.toString(fallback)));
        }
    }

    // ---- settings ----
    private final URI base;
    private final String ownerName;
    private final String ownerPassword;
    private final int signerCount;
    private final int threshold;
    private final int clients;
    private final double warmupSeconds;
    private final double durationSeconds;
    private final double verifySeconds;
    private final int partialsPerRequest;
    private final int requestedRequests;
    private final int lightRequests;
    private final double headroom;
    private final int presignThreads;
    private final int setupThreads;
    private final long serverPid;
    private final Path resultFile;
    private final String runId;
    private final long minStake = 1_000;
    private final long rotationPeriod;
    private final String order;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final List<String> notes = java.util.Collections.synchronizedList(new ArrayList<>());
    private ServerProcess.MemorySampler memory;
    private final AtomicInteger setupRetries = new AtomicInteger();

    PartialSignatureLoad(Settings s) {
        this.base = loopback(s.get("base", "http://127.0.0.1:8080/"));
        this.ownerName = s.get("owner", Optional.ofNullable(System.getenv("DTS_OWNER_USERNAME")).orElse("owner"));
        this.ownerPassword = s.get("ownerPassword", System.getenv("DTS_OWNER_PASSWORD"));
        if (ownerPassword == null) {
            throw new SetupFailure("set DTS_OWNER_PASSWORD (the owner's password) in the environment");
        }
        this.signerCount = s.integer("signers", 64);
        this.threshold = s.integer("threshold", (2 * signerCount + 2) / 3);
        this.clients = s.integer("clients", 24);
        this.warmupSeconds = s.decimal("warmupSeconds", 10);
        this.durationSeconds = s.decimal("durationSeconds", 45);
        this.verifySeconds = s.decimal("verifySeconds", 10);
        this.partialsPerRequest = s.integer("partialsPerRequest", signerCount);
        this.requestedRequests = s.integer("requests", 0);
        this.lightRequests = s.integer("lightRequests", 20);
        this.headroom = s.decimal("headroom", 1.25);
        this.presignThreads = s.integer("presignThreads", Runtime.getRuntime().availableProcessors());
        this.setupThreads = s.integer("setupThreads", 6);
        this.serverPid = Long.parseLong(s.get("serverPid", "0"));
        this.rotationPeriod = Long.parseLong(s.get("rotationPeriod", "100000"));
        this.order = s.get("order", "request");
        if (!order.equals("request") && !order.equals("interleaved")) {
            throw new SetupFailure("order is 'request' (each request's partials sent together, as when a committee "
                    + "answers a new request) or 'interleaved' (consecutive partials go to different requests)");
        }
        String out = s.get("out", null);
        this.resultFile = out == null ? null : Path.of(out);
        this.runId = s.get("runId", String.format("%06x", new java.security.SecureRandom().nextInt(1 << 24)));
        if (signerCount < 1 || threshold < 1 || threshold > signerCount || partialsPerRequest < threshold
                || partialsPerRequest > signerCount || clients < 1) {
            throw new SetupFailure("need 1 <= threshold <= partialsPerRequest <= signers and clients >= 1");
        }
    }

    public static void main(String[] args) {
        int status;
        try {
            status = new PartialSignatureLoad(new Settings(args)).run();
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

    // =====================================================================================
    // the run
    // =====================================================================================

    int run() throws SetupFailure {
        String loadBefore = ServerProcess.loadavg();
        log("DTS partial-signature load run %s against %s (loadavg %s)", runId, base, loadBefore);
        log("generator JVM: %d CPUs visible; it shares them with the server, so it pre-signs everything and "
                + "only does HTTP in the timed phase", Runtime.getRuntime().availableProcessors());
        memory = ServerProcess.MemorySampler.start(serverPid);
        if (memory != null) {
            log("sampling RSS of server process %d (java %d) every 500 ms", serverPid, memory.javaPid);
        } else {
            notes.add("no serverPid given: server memory not measured");
        }
        JsonObject network = get("api/v1/network", null, null, 200).json();

        // (1) raw single-thread verification, server idle
        double verifyRate = measureVerify();
        double batchRate = measureBatchVerify(32, Math.min(3, verifySeconds));
        double[] aggregationMillis = measureAggregation(Math.min(2, verifySeconds));

        // (2) keys and pre-signed partials
        int requests = requestedRequests > 0 ? requestedRequests
                : (int) Math.max(20, Math.min(20_000,
                        Math.ceil(verifyRate * headroom * (warmupSeconds + durationSeconds) / partialsPerRequest)));
        Workload work = presign(requests, lightRequests);

        // (3) set-up over REST
        ensureInitialized(network);
        long setupStart = System.nanoTime();
        registerSigners(work);
        long[] requestIds = openRequests(work);
        log("set-up over REST took %.1f s", seconds(System.nanoTime() - setupStart));

        // (4) warm-up + timed phase, then a light, one-client phase for the completion latency without queueing
        Phase phase = drive(work);
        light(work, phase);

        // (5) what the server says it did
        Completions completions = readCompletions(requestIds, work, phase);
        if (memory != null) {
            memory.stop();
        }
        String loadAfter = ServerProcess.loadavg();

        // (6) report
        return report(verifyRate, batchRate, aggregationMillis, work, phase, completions, loadBefore, loadAfter);
    }

    // =====================================================================================
    // (1) raw verification
    // =====================================================================================

    private double measureVerify() {
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
    private double measureBatchVerify(int batch, double secondsToRun) {
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
    private double[] measureAggregation(double secondsToRun) {
        byte[] message = sha256("dts-load-aggregate-message");
        List<String> signatureHex = new ArrayList<>();
        List<String> keyHex = new ArrayList<>();
        for (int i = 0; i < threshold; i++) {
            BlsSecretKey key = BlsSecretKey.fromSeed(sha256("dts-load-aggregate-key-" + i));
            keyHex.add(key.publicKey().toHex());
            signatureHex.add(key.sign(message).toHex());
        }
        long decodeNanos = 0;
        long aggregateNanos = 0;
        long count = 0;
        long end = System.nanoTime() + (long) (secondsToRun * 1e9);
        while (System.nanoTime() < end) {
            long t0 = System.nanoTime();
            List<io.dts.core.crypto.BlsSignature> signatures = signatureHex.stream()
                    .map(io.dts.core.crypto.BlsSignature::fromHex).toList();
            List<io.dts.core.crypto.BlsPublicKey> keys = keyHex.stream().map(io.dts.core.crypto.BlsPublicKey::fromHex).toList();
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

    private SignatureSet[] benchmarkSets(int n) {
        SignatureSet[] sets = new SignatureSet[n];
        for (int i = 0; i < n; i++) {
            BlsSecretKey key = BlsSecretKey.fromSeed(sha256("dts-load-verify-key-" + i));
            byte[] message = sha256("dts-load-verify-message-" + i);
            sets[i] = new SignatureSet(key.publicKey(), message, key.sign(message));
        }
        return sets;
    }

    // =====================================================================================
    // (2) keys and pre-signed partials
    // =====================================================================================

    /** Everything the timed phase sends, computed before it. Partial k belongs to request k / P. */
    record Workload(String[] names, String[] passwords, BlsSecretKey[] keys, String[] hashHex,
            int[] signerOf, HttpRequest[] calls, int[] sendOrder, int mainRequests) {

        /** All requests: the load phase's, then the light phase's. */
        int requests() {
            return hashHex.length;
        }

        int total() {
            return calls.length;
        }
    }

    private Workload presign(int mainRequests, int lightCount) {
        int requests = mainRequests + lightCount;
        String[] names = new String[signerCount];
        String[] passwords = new String[signerCount];
        BlsSecretKey[] keys = new BlsSecretKey[signerCount];
        byte[][] seeds = new byte[signerCount][];
        String[] authorization = new String[signerCount];
        for (int i = 0; i < signerCount; i++) {
            names[i] = String.format("ld%s-%03d", runId, i);
            passwords[i] = "pw-" + names[i] + "-load";
            byte[] seed = sha256("dts-load-signer-" + runId + "-" + i);
            keys[i] = BlsSecretKey.fromSeed(seed);
            seeds[i] = seed;
            authorization[i] = basic(names[i], passwords[i]);
        }
        String[] hashHex = new String[requests];
        byte[][] hashes = new byte[requests][];
        for (int r = 0; r < requests; r++) {
            hashes[r] = sha256("dts-load-" + runId + "-request-" + r);
            hashHex[r] = HEX.formatHex(hashes[r]);
        }
        int p = partialsPerRequest;
        int total = requests * p;
        int[] signerOf = new int[total];
        HttpRequest[] calls = new HttpRequest[total];
        URI target = base.resolve("api/v1/partial-signatures");
        PreSigner signer = new PreSigner(seeds);
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(presignThreads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int r0 = 0; r0 < requests; r0++) {
                int r = r0;
                done.add(pool.submit(() -> {
                    // each request gets its own random order of signers, so the t-th partial comes from anyone
                    int[] signerOrder = permutation(signerCount, new Random(31L * r + runId.hashCode()));
                    PreSigner.Message hashed = signer.message(hashes[r], Ciphersuite.SIGNATURE_DST);
                    for (int j = 0; j < p; j++) {
                        int k = r * p + j;
                        int who = signerOrder[j];
                        // H(m)^sk: exactly BlsSecretKey.sign (checked below), without hashing m once per signer
                        String signature = hashed.signatureHex(who);
                        byte[] body = ("{\"messageHash\":\"" + hashHex[r] + "\",\"signature\":\"" + signature + "\"}")
                                .getBytes(StandardCharsets.US_ASCII);
                        signerOf[k] = who;
                        calls[k] = HttpRequest.newBuilder(target)
                                .timeout(Duration.ofSeconds(30))
                                .header("Content-Type", "application/json")
                                .header("Accept", "application/json")
                                .header("Authorization", authorization[who])
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                .build();
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SetupFailure("interrupted while pre-signing");
        } catch (ExecutionException e) {
            throw new SetupFailure("pre-signing failed: " + e.getCause());
        } finally {
            pool.shutdownNow();
        }
        double took = seconds(System.nanoTime() - start);
        for (int r : new int[] {0, requests - 1}) {
            int k = r * p;
            String expected = keys[signerOf[k]].sign(hashes[r]).toHex();
            String body = new String(bodyOf(calls[k]), StandardCharsets.US_ASCII);
            if (!body.contains(expected)) {
                throw new SetupFailure("pre-signed partial " + k + " differs from BlsSecretKey.sign");
            }
        }
        log("pre-signed %,d partials ((%d + %d light) requests x %d signers, threshold %d) in %.1f s on %d threads "
                + "(%.0f signatures/s) and pre-built their HTTP requests", total, mainRequests, lightCount, p, threshold, took,
                presignThreads, total / took);
        return new Workload(names, passwords, keys, hashHex, signerOf, calls, sendOrder(mainRequests, p), mainRequests);
    }

    /**
     * Which partial goes out n-th. "request": request by request, each request's partials one after
     * another (all signers answer a new request at once; they contend for its row). "interleaved": in
     * windows of {@code clients} requests, the j-th partial of every request in the window before the
     * (j+1)-th, so concurrent calls hit different requests.
     */
    private int[] sendOrder(int requests, int p) {
        int[] sequence = new int[requests * p];
        if (order.equals("request")) {
            for (int k = 0; k < sequence.length; k++) {
                sequence[k] = k;
            }
            return sequence;
        }
        int n = 0;
        for (int first = 0; first < requests; first += clients) {
            int last = Math.min(requests, first + clients);
            for (int j = 0; j < p; j++) {
                for (int r = first; r < last; r++) {
                    sequence[n++] = r * p + j;
                }
            }
        }
        return sequence;
    }

    /** The bytes a pre-built request will send. */
    private static byte[] bodyOf(HttpRequest request) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.util.concurrent.CompletableFuture<Void> done = new java.util.concurrent.CompletableFuture<>();
        request.bodyPublisher().orElseThrow().subscribe(new java.util.concurrent.Flow.Subscriber<java.nio.ByteBuffer>() {
            @Override
            public void onSubscribe(java.util.concurrent.Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(java.nio.ByteBuffer item) {
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                bytes.writeBytes(chunk);
            }

            @Override
            public void onError(Throwable throwable) {
                done.completeExceptionally(throwable);
            }

            @Override
            public void onComplete() {
                done.complete(null);
            }
        });
        done.join();
        return bytes.toByteArray();
    }

    // =====================================================================================
    // (3) set-up over REST
    // =====================================================================================

    private void ensureInitialized(JsonObject network) {
        if (!network.getBoolean("initialized")) {
            String body = "{\"minStake\":" + minStake + ",\"requiredSigners\":" + threshold + ",\"totalSigners\":"
                    + signerCount + ",\"rotationPeriod\":" + rotationPeriod + ",\"signatureThreshold\":" + threshold + "}";
            Answer init = post("api/v1/network/initialize", body, ownerName, ownerPassword);
            if (init.status() != 200 && !(init.status() == 409 && init.code() == 111)) {
                throw new SetupFailure("initialize failed: " + init);
            }
            network = get("api/v1/network", null, null, 200).json();
        }
        JsonObject params = network.getJsonObject("params");
        int seats = params.getInt("totalSigners");
        int t = params.getInt("signatureThreshold");
        int active = network.getInt("activeSignerCount");
        if (seats != signerCount || t != threshold || active != 0) {
            throw new SetupFailure("the network was already initialized with totalSigners " + seats + ", threshold " + t
                    + " and " + active + " active signers; this run needs " + signerCount + "/" + threshold
                    + " and an empty committee: start the server on a fresh data dir");
        }
        log("network: %d seats, threshold %d, rotation period %d blocks, epoch %d, height %d", seats, t,
                params.getJsonNumber("rotationPeriod").longValue(), network.getJsonNumber("epoch").longValue(),
                network.getJsonNumber("blockHeight").longValue());
    }

    /** Creates, funds and registers the N signers, several at a time (account creation is PBKDF2-bound). */
    private void registerSigners(Workload work) {
        long start = System.nanoTime();
        parallel(signerCount, setupThreads, i -> {
            String name = work.names()[i];
            String password = work.passwords()[i];
            Answer created = setupPost("api/v1/accounts", "{\"username\":\"" + name + "\",\"password\":\"" + password
                    + "\"}", null, null, "create account " + name);
            expect(created, 201, "create account " + name);
            expect(setupPost("api/v1/accounts/" + name + "/mint", "{\"amount\":" + 2 * minStake + "}", ownerName,
                    ownerPassword, "mint to " + name), 200, "mint to " + name);
            BlsSecretKey key = work.keys()[i];
            Answer registered = setupPost("api/v1/signers", "{\"publicKey\":\"" + key.publicKey().toHex()
                    + "\",\"proofOfPossession\":\"" + key.proveProofOfPossession().toHex() + "\",\"stake\":" + minStake + "}",
                    name, password, "register signer " + name);
            expect(registered, 201, "register signer " + name);
            if (!registered.json().getBoolean("active")) {
                throw new SetupFailure("signer " + name + " did not get a committee seat: " + registered);
            }
            return null;
        });
        JsonObject network = get("api/v1/network", null, null, 200).json();
        if (network.getInt("activeSignerCount") != signerCount) {
            throw new SetupFailure("expected " + signerCount + " active signers, the network has "
                    + network.getInt("activeSignerCount"));
        }
        log("%d signer accounts created, funded and seated in %.1f s (%d at a time)", signerCount,
                seconds(System.nanoTime() - start), setupThreads);
    }

    private long[] openRequests(Workload work) {
        long start = System.nanoTime();
        long[] ids = new long[work.requests()];
        parallel(work.requests(), setupThreads, r -> {
            Answer opened = setupPost("api/v1/signing-requests", "{\"messageHash\":\"" + work.hashHex()[r] + "\"}",
                    ownerName, ownerPassword, "open signing request " + r);
            expect(opened, 201, "open signing request " + r);
            JsonObject json = opened.json();
            if (json.getInt("threshold") != threshold) {
                throw new SetupFailure("request opened with threshold " + json.getInt("threshold") + ", expected " + threshold);
            }
            ids[r] = json.getJsonNumber("id").longValue();
            long lifetime = json.getJsonNumber("expiresHeight").longValue() - json.getJsonNumber("openedHeight").longValue();
            if (lifetime < 1000 && r == 0) {
                notes.add("signing requests live only " + lifetime
                        + " blocks: set DTS_SIGNING_REQUEST_LIFETIME_BLOCKS high so none expires mid-run");
            }
            return null;
        });
        log("opened %,d signing requests in %.1f s", ids.length, seconds(System.nanoTime() - start));
        return ids;
    }

    // =====================================================================================
    // (4) the load
    // =====================================================================================

    /** What happened to each call: start and end (nanoTime) and HTTP status (-1: no answer). */
    record Phase(long begin, long warmEnd, long deadline, long end, int sent, long[] starts, long[] ends, int[] statuses,
            List<String> errorSamples, long serverCpuTicks, long generatorCpuNanos, long windowNanos, boolean exhausted,
            boolean abortedOnErrors) {
    }

    private Phase drive(Workload work) {
        int all = work.total();
        int total = work.sendOrder().length;
        long[] starts = new long[all];
        long[] ends = new long[all];
        int[] statuses = new int[all];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ConcurrentLinkedQueue<String> samples = new ConcurrentLinkedQueue<>();
        AtomicInteger sampleCount = new AtomicInteger();
        long begin = System.nanoTime();
        long warmEnd = begin + (long) (warmupSeconds * 1e9);
        long deadline = warmEnd + (long) (durationSeconds * 1e9);
        log("driving %d client threads: %.0f s warm-up, then %.0f s measured (or until all %,d pre-signed partials "
                + "are sent)", clients, warmupSeconds, durationSeconds, total);
        Thread[] workers = new Thread[clients];
        for (int w = 0; w < clients; w++) {
            workers[w] = new Thread(() -> {
                while (System.nanoTime() < deadline && errors.get() < 200) {
                    int n = next.getAndIncrement();
                    if (n >= total) {
                        return;
                    }
                    int k = work.sendOrder()[n];
                    long s = System.nanoTime();
                    int status;
                    String problem = null;
                    try {
                        HttpResponse<byte[]> response = http.send(work.calls()[k], HttpResponse.BodyHandlers.ofByteArray());
                        status = response.statusCode();
                        if (status < 200 || status >= 300) {
                            problem = status + " " + new String(response.body(), StandardCharsets.UTF_8);
                        }
                    } catch (IOException e) {
                        status = -1;
                        problem = "no answer: " + e;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    long e = System.nanoTime();
                    starts[k] = s;
                    ends[k] = e;
                    statuses[k] = status;
                    if (problem != null) {
                        errors.incrementAndGet();
                        if (sampleCount.incrementAndGet() <= 8) {
                            samples.add("partial " + k + " (request #" + k / partialsPerRequest + ", signer "
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
                generatorCpuAtWarmEnd = ServerProcess.processCpuNanos();
                if (memory != null) {
                    memory.markMeasuredPhase(true);
                }
            }
            if (now >= progressAt && alive) {
                progressAt += TimeUnit.SECONDS.toNanos(10);
                log("  ... %.0f s: %,d partials sent, %d errors", seconds(now - begin), Math.min(next.get(), total),
                        errors.get());
            }
        }
        long end = System.nanoTime();
        if (memory != null) {
            memory.markMeasuredPhase(false);
        }
        long serverCpu = serverCpuAtWarmEnd < 0 || memory == null ? -1 : ServerProcess.cpuTicks(memory.javaPid) - serverCpuAtWarmEnd;
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
                generatorCpu, end - warmEnd, exhausted, aborted);
    }

    /**
     * One client, one call at a time: the first t partials of each light request, so that the t-th
     * finds neither a queue nor a held row lock. Shows the completion latency of an unloaded server.
     */
    private void light(Workload work, Phase phase) {
        int p = partialsPerRequest;
        if (work.requests() == work.mainRequests()) {
            return;
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
                    HttpResponse<byte[]> response = http.send(work.calls()[k], HttpResponse.BodyHandlers.ofByteArray());
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
        lightSent = sent;
        lightNanos = System.nanoTime() - start;
        log("light phase: %d requests, their first %d partials one at a time, in %.1f s (%.1f ms per call)",
                work.requests() - work.mainRequests(), threshold, seconds(lightNanos), lightNanos / 1e6 / Math.max(1, sent));
    }

    private int lightSent;
    private long lightNanos;

    // =====================================================================================
    // (5) completions as the server reports them
    // =====================================================================================

    record Completions(long[] allMicros, long[] steadyMicros, long[] warmupMicros, long[] lightMicros, int complete,
            int nullMicros, int shouldBeComplete, List<String> inconsistencies) {
    }

    private Completions readCompletions(long[] requestIds, Workload work, Phase phase) {
        Map<Long, Integer> indexOfId = new HashMap<>();
        long minId = Long.MAX_VALUE;
        for (int r = 0; r < requestIds.length; r++) {
            indexOfId.put(requestIds[r], r);
            minId = Math.min(minId, requestIds[r]);
        }
        Long[] micros = new Long[requestIds.length];
        boolean[] complete = new boolean[requestIds.length];
        long after = minId - 1;
        int pages = 0;
        long start = System.nanoTime();
        while (true) {
            Answer page = get("api/v1/signing-requests?status=COMPLETE&after=" + after + "&limit=1000", null, null, 200);
            pages++;
            JsonArray items = Json.createReader(new StringReader(page.body())).readArray();
            if (items.isEmpty()) {
                break;
            }
            for (JsonValue v : items) {
                JsonObject o = v.asJsonObject();
                long id = o.getJsonNumber("id").longValue();
                after = Math.max(after, id);
                Integer r = indexOfId.get(id);
                if (r == null) {
                    continue;
                }
                complete[r] = true;
                JsonValue m = o.get("completionMicros");
                micros[r] = m instanceof JsonNumber n ? n.longValue() : null;
            }
            if (items.size() < 1000) {
                break;
            }
        }
        log("read back the COMPLETE requests: %d pages in %.1f s", pages, seconds(System.nanoTime() - start));
        // per request: accepted partials, and whether its first partial was sent in the measured window
        int p = partialsPerRequest;
        List<Long> all = new ArrayList<>();
        List<Long> steady = new ArrayList<>();
        List<Long> warm = new ArrayList<>();
        List<Long> lightList = new ArrayList<>();
        List<String> inconsistencies = new ArrayList<>();
        int completeCount = 0;
        int nullMicros = 0;
        int shouldBe = 0;
        for (int r = 0; r < requestIds.length; r++) {
            int accepted = 0;
            for (int j = 0; j < p; j++) {
                int k = r * p + j;
                if (phase.statuses()[k] == 201) {
                    accepted++;
                }
            }
            if (accepted >= threshold) {
                shouldBe++;
                if (!complete[r] && inconsistencies.size() < 5) {
                    inconsistencies.add("request " + requestIds[r] + " has " + accepted + " accepted partials (threshold "
                            + threshold + ") but is not COMPLETE");
                }
            }
            if (complete[r] && accepted < threshold && inconsistencies.size() < 5) {
                inconsistencies.add("request " + requestIds[r] + " is COMPLETE with only " + accepted + " partials accepted");
            }
            if (!complete[r]) {
                continue;
            }
            completeCount++;
            if (micros[r] == null) {
                nullMicros++;
                continue;
            }
            all.add(micros[r]);
            if (r >= work.mainRequests()) {
                lightList.add(micros[r]);
                continue;
            }
            long firstStart = Long.MAX_VALUE;
            for (int j = 0; j < p; j++) {
                long st = phase.starts()[r * p + j];
                if (st != 0) {
                    firstStart = Math.min(firstStart, st);
                }
            }
            (firstStart >= phase.warmEnd() ? steady : warm).add(micros[r]);
        }
        if (nullMicros > 0) {
            inconsistencies.add(nullMicros + " COMPLETE requests have no completionMicros");
        }
        return new Completions(sorted(all), sorted(steady), sorted(warm), sorted(lightList), completeCount, nullMicros, shouldBe,
                inconsistencies);
    }

    // =====================================================================================
    // (6) report
    // =====================================================================================

    private int report(double verifyRate, double batchRate, double[] aggregationMillis, Workload work, Phase phase,
            Completions c, String loadBefore, String loadAfter) {
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
                    measured201, window, warmupSeconds);
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
        double generatorCores = phase.generatorCpuNanos() < 0 || !windowUsable ? -1
                : seconds(phase.generatorCpuNanos()) / seconds(phase.windowNanos());

        boolean throughputPass = ratio >= 1.0;
        long p99Micros = percentile(c.allMicros(), 0.99);
        boolean completionPass = c.allMicros().length > 0 && p99Micros <= 10_000;
        boolean memoryKnown = memory != null && memory.peakTreeKb > 0;
        boolean memoryPass = memoryKnown && memory.peakTreeKb * 1024L < GIB;

        StringBuilder md = new StringBuilder();
        md.append("\n## DTS partial-signature load: run ").append(runId).append("\n\n");
        md.append(String.format("Server %s, %d signers (committee of %d, threshold %d), %d partials per request, %,d requests "
                + "(%,d partials) pre-signed, sent in %s order; %d client threads, one HttpClient (HTTP/1.1 keep-alive); %.0f s "
                + "warm-up + %.0f s measured. %d CPUs, shared by the server and this generator.%n%n", base, signerCount,
                signerCount, threshold, partialsPerRequest, work.requests(), total, order, clients, warmupSeconds,
                durationSeconds, cpus));
        md.append("| metric | value | goal | verdict |\n|---|---|---|---|\n");
        row(md, "raw single-thread `Bls.verify` (this JVM, server idle)", fmt("%.0f verifications/s", verifyRate), "", "");
        row(md, "`Bls.batchVerify`, batches of 32, one thread (context)", fmt("%.0f sets/s", batchRate), "", "");
        row(md, fmt("one completion's crypto at t=%d, one thread (context): decode t signatures + t keys from hex / "
                + "sum + FastAggregateVerify", threshold), fmt("%.2f ms / %.2f ms", aggregationMillis[0], aggregationMillis[1]),
                "", "");
        row(md, "**REST intake, sustained** (`POST /api/v1/partial-signatures` → 201)", fmt("**%.0f partials/s**", rate),
                "≥ raw verify", verdict(throughputPass));
        row(md, "ratio intake / raw single-thread verify", fmt("%.2f", ratio), "≥ 1.00", verdict(throughputPass));
        row(md, "HTTP latency p50 / p99 / max (measured window)", fmt("%.1f / %.1f / %.1f ms", percentile(lat, 0.5) / 1e6,
                percentile(lat, 0.99) / 1e6, lat.length == 0 ? 0 : lat[lat.length - 1] / 1e6), "", "");
        row(md, "answers: 201 / 200 (duplicate) / errors, both phases", fmt("%,d / %,d / %,d of %,d sent", ok201, ok200,
                errors, phase.sent() + lightSent),
                "0 errors", errors == 0 ? "PASS" : "**FAIL**");
        row(md, "`completionMicros` p50 / p99 / max, all COMPLETE requests", fmt("%s / %s / %s (n=%d)",
                ms(percentile(c.allMicros(), 0.5)), ms(p99Micros), ms(max(c.allMicros())), c.allMicros().length),
                "p99 ≤ 10 ms", c.allMicros().length == 0 ? "n/a" : verdict(completionPass));
        row(md, "`completionMicros` p50 / p99 / max, requests started in the measured window", fmt("%s / %s / %s (n=%d)",
                ms(percentile(c.steadyMicros(), 0.5)), ms(percentile(c.steadyMicros(), 0.99)), ms(max(c.steadyMicros())),
                c.steadyMicros().length), "", "");
        row(md, "`completionMicros` p50 / p99 / max, light phase (one client, one call at a time)", fmt("%s / %s / %s (n=%d)",
                ms(percentile(c.lightMicros(), 0.5)), ms(percentile(c.lightMicros(), 0.99)), ms(max(c.lightMicros())),
                c.lightMicros().length), "", "");
        row(md, "HTTP latency p50 / p99, light phase (one call at a time)", fmt("%.1f / %.1f ms (%d calls; %.0f calls/s)",
                percentile(latLight, 0.5) / 1e6, percentile(latLight, 0.99) / 1e6, latLight.length,
                lightNanos == 0 ? 0 : lightSent / seconds(lightNanos)), "", "");
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
        row(md, "CPU in the measured window: server / generator", fmt("%s / %s cores of %d", cores(serverCores),
                cores(generatorCores), cpus), "", "");
        row(md, "/proc/loadavg before / after", loadBefore + " / " + loadAfter, "", "");
        md.append("\n").append(rateNote).append(". Status counts: ").append(byStatus).append(".\n");
        md.append("The generator runs on the same machine as the server: everything is pre-signed and every HTTP request "
                + "pre-built, so its timed-phase work is HTTP only; its CPU above is taken from the server's 2 cores.\n");
        if (setupRetries.get() > 0) {
            notes.add(setupRetries.get() + " set-up calls (accounts, mint, registration, opening requests) answered 5xx and "
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
                verdict(throughputPass), c.allMicros().length == 0 ? "n/a" : verdict(completionPass),
                memoryKnown ? verdict(memoryPass) : "n/a"));
        System.out.print(md);
        if (resultFile != null) {
            try {
                Files.writeString(resultFile, md.toString());
            } catch (IOException e) {
                System.err.println("could not write " + resultFile + ": " + e);
            }
        }
        boolean failed = errors > 0 || !c.inconsistencies().isEmpty() || phase.abortedOnErrors();
        return failed ? 1 : 0;
    }

    // =====================================================================================
    // HTTP helpers
    // =====================================================================================

    record Answer(int status, String body) {
        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        int code() {
            try {
                return json().getInt("code");
            } catch (RuntimeException e) {
                return -1;
            }
        }

        @Override
        public String toString() {
            return status + " " + abbreviate(body, 400);
        }
    }

    private Answer get(String path, String user, String password, int expected) {
        Answer answer = send(request(path, user, password).GET());
        return expect(answer, expected, "GET " + path);
    }

    /**
     * A set-up call, retried (up to 3 times) when the server answers 5xx: set-up is not what is measured,
     * but every retry is counted and reported, because a 5xx is a server fault.
     */
    private Answer setupPost(String path, String json, String user, String password, String what) {
        Answer answer = post(path, json, user, password);
        for (int attempt = 1; attempt <= 3 && answer.status() >= 500; attempt++) {
            int n = setupRetries.incrementAndGet();
            if (n <= 3) {
                notes.add("set-up call '" + what + "' answered " + answer + "; retried");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SetupFailure("interrupted");
            }
            answer = post(path, json, user, password);
        }
        return answer;
    }

    private Answer post(String path, String json, String user, String password) {
        return send(request(path, user, password).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String path, String user, String password) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (user != null) {
            b.header("Authorization", basic(user, password));
        }
        return b;
    }

    private Answer send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new SetupFailure("no answer from " + base + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SetupFailure("interrupted");
        }
    }

    private static Answer expect(Answer answer, int status, String what) {
        if (answer.status() != status) {
            throw new SetupFailure(what + ": expected " + status + ", got " + answer);
        }
        return answer;
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Only 127.0.0.1: "localhost" is rewritten, any other host refused. */
    static URI loopback(String url) {
        URI uri = URI.create(url.endsWith("/") ? url : url + "/");
        String host = uri.getHost();
        if (!"127.0.0.1".equals(host) && !"localhost".equals(host)) {
            throw new SetupFailure("this load generator talks only to 127.0.0.1, not " + host);
        }
        if (!"http".equals(uri.getScheme()) || uri.getPort() <= 0) {
            throw new SetupFailure("base must be http://127.0.0.1:<port>/, got " + url);
        }
        return URI.create("http://127.0.0.1:" + uri.getPort() + uri.getPath());
    }

    // =====================================================================================
    // small helpers
    // =====================================================================================

    /** Runs task(0..n-1) on {@code threads} threads; the first failure is rethrown. */
    private static void parallel(int n, int threads, IntFunction<Void> task) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, n)));
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> task.apply(index)));
            }
            for (Future<Void> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SetupFailure("interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SetupFailure s) {
                throw s;
            }
            throw new SetupFailure("set-up failed: " + cause);
        } finally {
            pool.shutdownNow();
        }
    }

    static int[] permutation(int n, Random random) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }

    static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static long[] sorted(List<Long> values) {
        long[] a = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(a);
        return a;
    }

    /** Nearest-rank percentile of a sorted array; 0 when empty. */
    static long percentile(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static long max(long[] sorted) {
        return sorted.length == 0 ? 0 : sorted[sorted.length - 1];
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    static String ms(long micros) {
        return String.format(Locale.ROOT, "%.2f ms", micros / 1000.0);
    }

    static String mib(long kb) {
        return String.format(Locale.ROOT, "%.0f MiB", kb / 1024.0);
    }

    static String cores(double c) {
        return c < 0 ? "?" : String.format(Locale.ROOT, "%.2f", c);
    }

    static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    static String verdict(boolean pass) {
        return pass ? "PASS" : "MISS";
    }

    static String abbreviate(String s, int max) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= max ? one : one.substring(0, max) + "...";
    }

    private static void row(StringBuilder md, String metric, String value, String goal, String verdict) {
        md.append("| ").append(metric).append(" | ").append(value).append(" | ").append(goal).append(" | ").append(verdict)
                .append(" |\n");
    }

    private static void log(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, "[%tT] ", System.currentTimeMillis())
                + String.format(Locale.ROOT, format, args));
        System.out.flush();
    }
}
