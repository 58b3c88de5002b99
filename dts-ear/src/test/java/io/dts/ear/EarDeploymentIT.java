package io.dts.ear;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The EAR on a full Payara Server, as an operator would run it: a domain of its own (never the
 * default domain1 on 4848/8080), configured through the environment only, the EAR deployed with
 * {@code asadmin deploy}. The domain is stopped afterwards whatever happened, and the test checks
 * that nothing of it is left running.
 */
class EarDeploymentIT {

    private static final String DOMAIN = "dts-it";
    private static final String OWNER_PASSWORD = "ear-owner-password";

    private static final Path PAYARA_HOME = pathProperty("payara.server.home");
    private static final Path EAR = pathProperty("dts.ear");
    private static final Path DATA_DIR = pathProperty("dts.it.dataDir");
    private static final Path LOG_DIR = pathProperty("dts.it.logDir");
    private static final Path DOMAIN_DIR = PAYARA_HOME.resolve("glassfish/domains").resolve(DOMAIN);
    private static final Path SERVER_LOG = DOMAIN_DIR.resolve("logs/server.log");

    /** asadmin create-domain --portbase: the admin listener is at +48, HTTP at +80. */
    private static final int PORT_BASE = Integer.getInteger("dts.it.portBase", 28000);
    private static final int ADMIN_PORT = PORT_BASE + 48;
    private static final int HTTP_PORT = PORT_BASE + 80;

    // Upper bounds for a broken run; a healthy one takes a fraction of them.
    private static final Duration CREATE_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration DEPLOY_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration HTTP_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration BLOCK_WAIT = Duration.ofSeconds(15);

    private static final Pattern BLOCK_HEIGHT = Pattern.compile("\"blockHeight\"\\s*:\\s*(\\d+)");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static Asadmin asadmin;
    /** The server JVM, known once start-domain has written its pid file. */
    private static Optional<ProcessHandle> server = Optional.empty();

    @BeforeAll
    static void startOwnDomainAndDeployTheEar() throws IOException {
        assertThat(EAR).as("the EAR built by this module").isRegularFile();
        String java = System.getProperty("java.home");
        asadmin = new Asadmin(PAYARA_HOME, LOG_DIR, Map.of(
                // asadmin and the server JVM run on the JDK running this test
                "JAVA_HOME", java,
                "AS_JAVA", java,
                // the application's configuration, read by the server JVM through MicroProfile Config
                "DTS_DATA_DIR", DATA_DIR.toString(),
                "DTS_OWNER_PASSWORD", OWNER_PASSWORD,
                "DTS_BLOCK_INTERVAL_SECONDS", "1"), SERVER_LOG);

        deleteRecursively(LOG_DIR);
        Files.createDirectories(LOG_DIR);
        removeDomainOfEarlierRun();
        // a fresh database: the owner is created from DTS_OWNER_PASSWORD on the first start only
        deleteRecursively(DATA_DIR);
        Files.createDirectories(DATA_DIR);
        assertThat(isListening(ADMIN_PORT) || isListening(HTTP_PORT))
                .as("ports %d/%d are taken by something else; choose another -Dit.payara.portBase", ADMIN_PORT, HTTP_PORT)
                .isFalse();

        asadmin.runOrFail(CREATE_TIMEOUT, "create-domain", "--nopassword", "--portbase", String.valueOf(PORT_BASE), DOMAIN);
        try {
            asadmin.runOrFail(START_TIMEOUT, "start-domain", DOMAIN);
        } finally {
            // also after a failed start: whatever did start must be stopped afterwards
            server = serverFromPidFile();
        }
        asadmin.remoteOrFail(ADMIN_PORT, DEPLOY_TIMEOUT, "deploy", EAR.toString());
    }

    @AfterAll
    static void stopTheDomainAndLeaveNothingRunning() throws Exception {
        if (asadmin == null) {
            return; // failed before anything was started
        }
        Asadmin.Result stop = asadmin.run(STOP_TIMEOUT, "stop-domain", DOMAIN);
        server = server.or(EarDeploymentIT::serverFromPidFile);
        boolean killed = false;
        if (server.isPresent() && !hasExited(server.get(), Duration.ofSeconds(20))) {
            // stop-domain did not do it: the JVM is ours, so kill it rather than leave it behind
            server.get().destroyForcibly();
            hasExited(server.get(), Duration.ofSeconds(10));
            killed = true;
        }
        assertThat(killed).as("the domain had to be killed; %s", asadmin.describeFailure(stop)).isFalse();
        assertThat(server.filter(ProcessHandle::isAlive)).as("server JVM still running").isEmpty();
        assertThat(isListening(ADMIN_PORT)).as("admin port %d still open", ADMIN_PORT).isFalse();
        assertThat(isListening(HTTP_PORT)).as("HTTP port %d still open", HTTP_PORT).isFalse();
    }

    @Test
    void earDeploysOnPayaraServerAndServesTheNetworkStatus() throws Exception {
        HttpResponse<String> first = get("/api/v1/network");
        assertThat(first.statusCode()).as("GET /api/v1/network: %s", first.body()).isEqualTo(200);
        assertThat(first.body()).containsPattern("\"initialized\"\\s*:\\s*false");
        long height = blockHeight(first.body());

        // The block clock ticks every second here: poll until a new block shows, within a bound.
        long deadline = System.nanoTime() + BLOCK_WAIT.toNanos();
        long later = height;
        while (later <= height && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(250);
            HttpResponse<String> again = get("/api/v1/network");
            assertThat(again.statusCode()).as("GET /api/v1/network: %s", again.body()).isEqualTo(200);
            later = blockHeight(again.body());
        }
        assertThat(later).as("block height %d s after reading %d", BLOCK_WAIT.toSeconds(), height).isGreaterThan(height);
    }

    @Test
    void healthEndpointReportsTheApplicationUp() throws Exception {
        HttpResponse<String> health = get("/health");

        assertThat(health.statusCode()).as("GET /health: %s", health.body()).isEqualTo(200);
        assertThat(health.body()).containsPattern("\"status\"\\s*:\\s*\"UP\"");
    }

    @Test
    void serverReadsTheApplicationConfigurationFromItsEnvironment() throws Exception {
        // DTS_DATA_DIR: the embedded database is where the environment says
        assertThat(DATA_DIR.resolve("dts.mv.db")).as("H2 database under DTS_DATA_DIR").isRegularFile();

        // DTS_OWNER_PASSWORD: the owner created on this first start signs in with it
        String basic = Base64.getEncoder().encodeToString(("owner:" + OWNER_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> me = get("/api/v1/accounts/me", "Authorization", "Basic " + basic);
        assertThat(me.statusCode()).as("GET /api/v1/accounts/me as the owner: %s", me.body()).isEqualTo(200);
        assertThat(me.body()).contains("\"owner\"");
    }

    private static HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + HTTP_PORT + path))
                .timeout(HTTP_TIMEOUT)
                .GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long blockHeight(String networkJson) {
        Matcher matcher = BLOCK_HEIGHT.matcher(networkJson);
        assertThat(matcher.find()).as("blockHeight in %s", networkJson).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    /**
     * A run that was itself killed may have left its domain running; stop it (or, failing that,
     * kill its JVM) before deleting the domain, or its ports would stay taken.
     */
    private static void removeDomainOfEarlierRun() throws IOException {
        if (!Files.isDirectory(DOMAIN_DIR)) {
            return;
        }
        Optional<ProcessHandle> leftover = serverFromPidFile();
        if (leftover.isPresent()) {
            asadmin.run(STOP_TIMEOUT, "stop-domain", DOMAIN);
            if (!hasExited(leftover.get(), Duration.ofSeconds(20))) {
                leftover.get().destroyForcibly();
                hasExited(leftover.get(), Duration.ofSeconds(10));
            }
        }
        deleteRecursively(DOMAIN_DIR);
    }

    /** The running server JVM named by the domain's pid file, if there is one. */
    private static Optional<ProcessHandle> serverFromPidFile() {
        Path pidFile = DOMAIN_DIR.resolve("config/pid");
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim()))
                    // a stale pid file may name an unrelated process by now
                    .filter(process -> process.info().commandLine().orElse("").contains(DOMAIN_DIR.toString()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean hasExited(ProcessHandle process, Duration wait) {
        try {
            process.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (Exception e) {
            return !process.isAlive();
        }
    }

    private static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (ConnectException e) {
            return false;
        } catch (IOException e) {
            // no refusal either (e.g. a timeout): treat as taken rather than wrongly free
            return true;
        }
    }

    private static Path pathProperty(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + name + " is not set; run through mvn verify");
        }
        return Path.of(value).toAbsolutePath();
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : paths) {
            try {
                Files.delete(path);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete " + path, e);
            }
        }
    }
}
