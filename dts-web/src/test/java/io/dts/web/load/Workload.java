package io.dts.web.load;

import static io.dts.web.load.ProgressLog.log;
import static io.dts.web.load.ProgressLog.seconds;

import io.dts.core.crypto.BlsSecretKey;
import io.dts.core.crypto.Ciphersuite;
import io.dts.web.crypto.PreSigner;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.Future;

/**
 * Everything the timed phase sends, pre-signed and pre-built before it: signer keys, request hashes,
 * one HTTP request per partial and the order they go out in. Partial k belongs to request k / P.
 */
record Workload(String[] names, String[] passwords, BlsSecretKey[] keys, String[] hashHex,
        int[] signerOf, HttpRequest[] calls, int[] sendOrder, int mainRequests) {

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
                + "(%.0f signatures/s) and pre-built their HTTP requests", total, mainRequests, lightCount, p,
                settings.threshold, took, settings.presignThreads, total / took);
        return new Workload(names, passwords, keys, hashHex, signerOf, calls,
                sendOrder(mainRequests, p, settings.order, settings.clients), mainRequests);
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

    /** The bytes a pre-built request will send. */
    private static byte[] bodyOf(HttpRequest request) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CompletableFuture<Void> done = new CompletableFuture<>();
        request.bodyPublisher().orElseThrow().subscribe(new Flow.Subscriber<ByteBuffer>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer item) {
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
