package io.dts.web.load;

import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The run's settings: {@code key=value} arguments over {@code -Dload.key=value} system properties, checked once. */
final class LoadSettings {

    final URI base;
    final String ownerName;
    final String ownerPassword;
    final int signerCount;
    final int threshold;
    final int clients;
    final double warmupSeconds;
    final double durationSeconds;
    final double verifySeconds;
    final int partialsPerRequest;
    /** 0: sized from the measured verification rate. */
    final int requestedRequests;
    final int lightRequests;
    final double headroom;
    final int presignThreads;
    final int setupThreads;
    final long serverPid;
    final long rotationPeriod;
    /** "request" or "interleaved": the order the partials go out in (see {@link Workload}). */
    final String order;
    /** Partials per call in the timed phase: 1 = {@code POST /partial-signatures}, more = {@code /partial-signatures/batch}. */
    final int batch;
    /**
     * With batches: "aligned" (every signer's calls cover the same B requests, so one call carries the
     * threshold-reaching partial of all B) or "staggered" (each signer's blocks start at its own
     * offset, as signers that are not in step would send them).
     */
    final String blocks;
    /**
     * Empty: every client sends its next call as soon as it has its answer (the server saturated: its
     * capacity). "raw", or a number: calls go out on a fixed schedule at that many partials per second
     * ("raw": the raw single-thread verification rate measured in this run), whatever the answers do.
     */
    final String rate;
    /** Where the Markdown report is written besides standard output; null: nowhere. */
    final Path resultFile;
    final String runId;

    private final Map<String, String> values = new HashMap<>();

    LoadSettings(String[] args) {
        for (String arg : args) {
            String a = arg.startsWith("--") ? arg.substring(2) : arg;
            int eq = a.indexOf('=');
            if (eq <= 0) {
                throw new SetupFailure("arguments are key=value, got '" + arg + "'");
            }
            values.put(a.substring(0, eq), a.substring(eq + 1));
        }
        this.base = RestClient.loopback(get("base", "http://127.0.0.1:8080/"));
        this.ownerName = get("owner", Optional.ofNullable(System.getenv("DTS_OWNER_USERNAME")).orElse("owner"));
        this.ownerPassword = get("ownerPassword", System.getenv("DTS_OWNER_PASSWORD"));
        if (ownerPassword == null) {
            throw new SetupFailure("set DTS_OWNER_PASSWORD (the owner's password) in the environment");
        }
        this.signerCount = integer("signers", 64);
        this.threshold = integer("threshold", (2 * signerCount + 2) / 3);
        this.clients = integer("clients", 24);
        this.warmupSeconds = decimal("warmupSeconds", 60);
        this.durationSeconds = decimal("durationSeconds", 45);
        this.verifySeconds = decimal("verifySeconds", 10);
        this.partialsPerRequest = integer("partialsPerRequest", signerCount);
        this.requestedRequests = integer("requests", 0);
        this.lightRequests = integer("lightRequests", 20);
        this.headroom = decimal("headroom", get("rate", "").isEmpty() ? 2.5 : 1.25); // saturated: intake is about 2x raw
        this.presignThreads = integer("presignThreads", Runtime.getRuntime().availableProcessors());
        this.setupThreads = integer("setupThreads", 6);
        this.serverPid = Long.parseLong(get("serverPid", "0"));
        this.rotationPeriod = Long.parseLong(get("rotationPeriod", "100000"));
        this.order = get("order", "request");
        if (!order.equals("request") && !order.equals("interleaved")) {
            throw new SetupFailure("order is 'request' (each request's partials sent together, as when a committee "
                    + "answers a new request) or 'interleaved' (consecutive partials go to different requests)");
        }
        this.batch = integer("batch", 1);
        this.blocks = get("blocks", "staggered");
        this.rate = get("rate", "");
        if (!rate.isEmpty() && !rate.equals("raw") && !rate.matches("\\d+(\\.\\d+)?")) {
            throw new SetupFailure("rate is empty (saturate), 'raw' (the raw single-thread verification rate) or partials/s");
        }
        if (!blocks.equals("aligned") && !blocks.equals("staggered")) {
            throw new SetupFailure("blocks is 'staggered' (each signer's batches start at its own request) or 'aligned'"
                    + " (every signer's batches cover the same requests)");
        }
        if (batch < 1 || batch > 256) {
            throw new SetupFailure("batch is 1 (one partial per call) to 256 (partials of one signer per call)");
        }
        String out = get("out", null);
        this.resultFile = out == null ? null : Path.of(out);
        this.runId = get("runId", String.format("%06x", new SecureRandom().nextInt(1 << 24)));
        if (signerCount < 1 || threshold < 1 || threshold > signerCount || partialsPerRequest < threshold
                || partialsPerRequest > signerCount || clients < 1) {
            throw new SetupFailure("need 1 <= threshold <= partialsPerRequest <= signers and clients >= 1");
        }
    }

    private String get(String key, String fallback) {
        String v = values.get(key);
        if (v == null) {
            v = System.getProperty("load." + key);
        }
        return v == null || v.isBlank() ? fallback : v.trim();
    }

    private int integer(String key, int fallback) {
        return Integer.parseInt(get(key, Integer.toString(fallback)));
    }

    private double decimal(String key, double fallback) {
        return Double.parseDouble(get(key, Double.toString(fallback)));
    }
}
