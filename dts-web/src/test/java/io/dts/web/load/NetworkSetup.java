package io.dts.web.load;

import static io.dts.web.load.ProgressLog.log;
import static io.dts.web.load.ProgressLog.seconds;

import io.dts.core.crypto.BlsSecretKey;
import io.dts.web.load.RestClient.Answer;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/** The network's set-up over REST before the load: initialized, N signers created, funded and seated, M requests opened. */
final class NetworkSetup {

    private static final long MIN_STAKE = 1_000;

    private final LoadSettings settings;
    private final RestClient client;
    private final List<String> notes;
    private final AtomicInteger retries = new AtomicInteger();

    /** {@code notes} (thread-safe) collects what the report should mention. */
    NetworkSetup(LoadSettings settings, RestClient client, List<String> notes) {
        this.settings = settings;
        this.client = client;
        this.notes = notes;
    }

    /** Set-up calls that answered 5xx and were retried. */
    int retries() {
        return retries.get();
    }

    void ensureInitialized(JsonObject network) {
        int signerCount = settings.signerCount;
        int threshold = settings.threshold;
        if (!network.getBoolean("initialized")) {
            String body = "{\"minStake\":" + MIN_STAKE + ",\"requiredSigners\":" + threshold + ",\"totalSigners\":"
                    + signerCount + ",\"rotationPeriod\":" + settings.rotationPeriod + ",\"signatureThreshold\":"
                    + threshold + "}";
            Answer init = client.post("api/v1/network/initialize", body, settings.ownerName, settings.ownerPassword);
            if (init.status() != 200 && !(init.status() == 409 && init.code() == 111)) {
                throw new SetupFailure("initialize failed: " + init);
            }
            network = client.get("api/v1/network", null, null, 200).json();
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
    void registerSigners(Workload work) {
        int signerCount = settings.signerCount;
        String ownerName = settings.ownerName;
        String ownerPassword = settings.ownerPassword;
        long start = System.nanoTime();
        parallel(signerCount, settings.setupThreads, i -> {
            String name = work.names()[i];
            String password = work.passwords()[i];
            Answer created = setupPost("api/v1/accounts", "{\"username\":\"" + name + "\",\"password\":\"" + password
                    + "\"}", null, null, "create account " + name);
            RestClient.expect(created, 201, "create account " + name);
            RestClient.expect(setupPost("api/v1/accounts/" + name + "/mint", "{\"amount\":" + 2 * MIN_STAKE + "}",
                    ownerName, ownerPassword, "mint to " + name), 200, "mint to " + name);
            BlsSecretKey key = work.keys()[i];
            Answer registered = setupPost("api/v1/signers", "{\"publicKey\":\"" + key.publicKey().toHex()
                    + "\",\"proofOfPossession\":\"" + key.proveProofOfPossession().toHex() + "\",\"stake\":" + MIN_STAKE
                    + "}", name, password, "register signer " + name);
            RestClient.expect(registered, 201, "register signer " + name);
            if (!registered.json().getBoolean("active")) {
                throw new SetupFailure("signer " + name + " did not get a committee seat: " + registered);
            }
            return null;
        });
        JsonObject network = client.get("api/v1/network", null, null, 200).json();
        if (network.getInt("activeSignerCount") != signerCount) {
            throw new SetupFailure("expected " + signerCount + " active signers, the network has "
                    + network.getInt("activeSignerCount"));
        }
        log("%d signer accounts created, funded and seated in %.1f s (%d at a time)", signerCount,
                seconds(System.nanoTime() - start), settings.setupThreads);
    }

    /** Opens every request of the workload; returns their ids, indexed like the workload's requests. */
    long[] openRequests(Workload work) {
        long start = System.nanoTime();
        long[] ids = new long[work.requests()];
        parallel(work.requests(), settings.setupThreads, r -> {
            Answer opened = setupPost("api/v1/signing-requests", "{\"messageHash\":\"" + work.hashHex()[r] + "\"}",
                    settings.ownerName, settings.ownerPassword, "open signing request " + r);
            RestClient.expect(opened, 201, "open signing request " + r);
            JsonObject json = opened.json();
            if (json.getInt("threshold") != settings.threshold) {
                throw new SetupFailure("request opened with threshold " + json.getInt("threshold") + ", expected "
                        + settings.threshold);
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

    /**
     * A set-up call, retried (up to 3 times) when the server answers 5xx: set-up is not what is measured,
     * but every retry is counted and reported, because a 5xx is a server fault.
     */
    private Answer setupPost(String path, String json, String user, String password, String what) {
        Answer answer = client.post(path, json, user, password);
        for (int attempt = 1; attempt <= 3 && answer.status() >= 500; attempt++) {
            int n = retries.incrementAndGet();
            if (n <= 3) {
                notes.add("set-up call '" + what + "' answered " + answer + "; retried");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SetupFailure("interrupted");
            }
            answer = client.post(path, json, user, password);
        }
        return answer;
    }

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
}
