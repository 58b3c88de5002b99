package io.dts.web.load;

import static io.dts.web.load.ProgressLog.log;
import static io.dts.web.load.ProgressLog.seconds;

import io.dts.core.crypto.BlsSecretKey;
import io.dts.core.crypto.Ciphersuite;
import io.dts.web.crypto.PreSigner;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Everything the timed phase sends, pre-signed and pre-built before it: signer keys, request hashes,
 * one HTTP request per partial, and the calls of the timed phase in the order they go out (one
 * partial each, or with {@code batch} B > 1 one signer's partials for B requests in one call to
 * {@code /partial-signatures/batch}). Partial k belongs to request k / P.
 */
record Workload(String[] names, String[] passwords, BlsSecretKey[] keys, String[] hashHex,
        int[] signerOf, HttpRequest[] calls, Unit[] units, int mainRequests) {

    /** One call of the timed phase and the partials it carries. */
    record Unit(HttpRequest call, int[] partials) {
    }

    private static final HexFormat HEX = HexFormat.of();

    /** All requests: the load phase's, then the light phase's. */
    int requests() {
        return hashHex.length;
    }

    int total() {
        return calls.length;
    }

    /** Keys for every signer, and every partial of {@code mainRequests + lightCount} requests signed and built. */
    static Workload presign(LoadSettings settings, int mainRequests, int lightCount) {
        int signerCount = settings.signerCount;
        String runId = settings.runId;
        int requests = mainRequests + lightCount;
        String[] names = new String[signerCount];
        String[] passwords = new String[signerCount];
        BlsSecretKey[] keys = new BlsSecretKey[signerCount];
        byte[][] seeds = new byte[signerCount][];
        String[] authorization = new String[signerCount];
        for (int i = 0; i < signerCount; i++) {
            names[i] = String.format("ld%s-%03d", runId, i);
            passwords[i] = "pw-" + names[i] + "-load";
            byte[] seed = Sha256.of("dts-load-signer-" + runId + "-" + i);
            keys[i] = BlsSecretKey.fromSeed(seed);
            seeds[i] = seed;
            authorization[i] = RestClient.basic(names[i], passwords[i]);
        }
        String[] hashHex = new String[requests];
        byte[][] hashes = new byte[requests][];
        for (int r = 0; r < requests; r++) {
            hashes[r] = Sha256.of("dts-load-" + runId + "-request-" + r);
            hashHex[r] = HEX.formatHex(hashes[r]);
        }
        int p = settings.partialsPerRequest;
        int total = requests * p;
        int[] signerOf = new int[total];
        HttpRequest[] calls = new HttpRequest[total];
        String[] bodies = new String[total];
        URI target = settings.base.resolve("api/v1/partial-signatures");
        PreSigner signer = new PreSigner(seeds);
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(settings.presignThreads);
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
                        bodies[k] = "{\"messageHash\":\"" + hashHex[r] + "\",\"signature\":\"" + signature + "\"}";
                        signerOf[k] = who;
                        calls[k] = post(target, authorization[who], bodies[k]);
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
            String body = bodies[k];
            if (!body.contains(expected)) {
                throw new SetupFailure("pre-signed partial " + k + " differs from BlsSecretKey.sign");
            }
        }
        log("pre-signed %,d partials ((%d + %d light) requests x %d signers, threshold %d) in %.1f s on %d threads "
                + "(%.0f signatures/s) and pre-built their HTTP requests", total, mainRequests, lightCount, p,
                settings.threshold, took, settings.presignThreads, total / took);
        int[] order = sendOrder(mainRequests, p, settings.order, settings.clients);
        Unit[] units = settings.batch == 1
                ? java.util.Arrays.stream(order).mapToObj(k -> new Unit(calls[k], new int[] {k})).toArray(Unit[]::new)
                : batches(settings, mainRequests, signerOf, bodies, authorization);
        return new Workload(names, passwords, keys, hashHex, signerOf, calls, units, mainRequests);
    }

    private static HttpRequest post(URI target, String authorization, String body) {
        return HttpRequest.newBuilder(target)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.getBytes(StandardCharsets.US_ASCII)))
                .build();
    }

    /**
     * Batch calls: each signer's partials in blocks of B consecutive requests, one call per block.
     * Aligned, every signer's blocks start at request 0, B, 2B, ... (a committee answering B new
     * requests at once: one call brings all B to their threshold); staggered, signer s's blocks start
     * at its own offset s·B/n (signers not in step: each call brings about B/n requests to it). Calls
     * go out in the order of their first request, signers in the order of that request's partials.
     */
    private static Unit[] batches(LoadSettings settings, int requests, int[] signerOf, String[] bodies, String[] authorization) {
        int p = settings.partialsPerRequest;
        int signers = java.util.Arrays.stream(signerOf).max().orElse(0) + 1;
        URI target = settings.base.resolve("api/v1/partial-signatures/batch");
        // block starts per signer, and each partial k = r·p + i filed under (signer, block)
        java.util.TreeMap<Integer, java.util.Map<Integer, List<Integer>>> byStart = new java.util.TreeMap<>();
        for (int r = 0; r < requests; r++) {
            for (int i = 0; i < p; i++) {
                int k = r * p + i;
                int who = signerOf[k];
                int offset = settings.blocks.equals("staggered") ? who * settings.batch / signers : 0;
                int start = r < offset ? 0 : offset + (r - offset) / settings.batch * settings.batch;
                byStart.computeIfAbsent(start, x -> new java.util.LinkedHashMap<>())
                        .computeIfAbsent(who, x -> new ArrayList<>()).add(k);
            }
        }
        List<Unit> units = new ArrayList<>();
        byStart.forEach((start, bySigner) -> {
            for (int i = 0; i < p; i++) { // the signers in the order of the block's first request's partials
                List<Integer> mine = bySigner.remove(signerOf[start * p + i]);
                if (mine != null) {
                    units.add(unit(target, authorization, bodies, signerOf, mine));
                }
            }
            bySigner.values().forEach(mine -> units.add(unit(target, authorization, bodies, signerOf, mine)));
        });
        return units.toArray(Unit[]::new);
    }

    private static Unit unit(URI target, String[] authorization, String[] bodies, int[] signerOf, List<Integer> partials) {
        String body = partials.stream().map(k -> bodies[k]).collect(java.util.stream.Collectors.joining(",", "{\"partials\":[", "]}"));
        return new Unit(post(target, authorization[signerOf[partials.get(0)]], body), partials.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * Which partial goes out n-th. "request": request by request, each request's partials one after
     * another (all signers answer a new request at once; they contend for its row). "interleaved": in
     * windows of {@code clients} requests, the j-th partial of every request in the window before the
     * (j+1)-th, so concurrent calls hit different requests.
     */
    private static int[] sendOrder(int requests, int p, String order, int clients) {
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
}
