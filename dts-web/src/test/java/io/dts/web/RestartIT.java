package io.dts.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.dts.web.Api.Answer;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The README's Run command ({@code run.sh}, on the WAR this build made): state survives a stop and a
 * start, SIGTERM stops the server cleanly, and the owner's password is generated and shown only once.
 * Runs against a fresh H2 directory and, when {@code DTS_TEST_PG_URL} is set, PostgreSQL.
 */
class RestartIT {

    private static final Duration STARTUP = Duration.ofSeconds(240);
    private static final Pattern GENERATED_PASSWORD = Pattern.compile("username 'owner', password '([^']+)'");

    record Database(String name, Map<String, String> env) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Database> databases() {
        List<Database> databases = new ArrayList<>();
        databases.add(new Database("H2", Map.of("DTS_OWNER_PASSWORD", Api.OWNER_PASSWORD)));
        String pg = System.getenv("DTS_TEST_PG_URL");
        if (pg != null && !pg.isBlank()) {
            databases.add(new Database("PostgreSQL", Map.of("DTS_DB_URL", pg,
                    "DTS_DB_USER", System.getProperty("dts.test.pg.user", "postgres"),
                    "DTS_DB_PASSWORD", System.getProperty("dts.test.pg.password", "postgres"),
                    "DTS_OWNER_PASSWORD", Api.OWNER_PASSWORD)));
        }
        return databases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void accountCreatedBeforeARestartIsStillThereAfterIt(Database db) throws Exception {
        Path dataDir = freshDataDir("restart-" + db.name().toLowerCase());
        String name;
        try (Server server = Server.start(dataDir, db.env())) {
            Answer fresh = server.api().get("api/v1/network");
            assertThat(fresh.json().getBoolean("initialized")).isFalse();
            assertThat(fresh.isNull("params")).isTrue();
            assertThat(fresh.isNull("lastRotationHeight")).isTrue();
            assertThat(fresh.json().getJsonNumber("epoch").longValue()).isZero();
            assertThat(fresh.json().getInt("activeSignerCount")).isZero();
            name = server.api().newAccount("survivor");
            server.api().post("api/v1/accounts/" + name + "/mint", "{\"amount\":777}", Api.OWNER, Api.OWNER_PASSWORD);
            // Before the owner initializes there are no parameters to register or sign under.
            Answer early = server.api().post("api/v1/signing-requests", "{\"message\":\"too early\"}", name, name + name);
            assertThat(early.status()).isEqualTo(400);
            assertThat(early.code()).isEqualTo(101);
            Contract.TestSigner signer = new Contract.TestSigner(name, Contract.keyFor(name));
            Answer register = new Contract(server.api()).register(signer, 500);
            assertThat(register.status()).isEqualTo(400);
            assertThat(register.code()).isEqualTo(101);
            assertThat(server.stop()).as("exit status after SIGTERM").isZero();
        }
        try (Server server = Server.start(dataDir, db.env())) {
            Answer me = server.api().get("api/v1/accounts/me", name, name + name);
            assertThat(me.status()).isEqualTo(200);
            assertThat(me.json().getJsonNumber("balance").longValue()).isEqualTo(777);
            assertThat(server.stop()).isZero();
        }
    }

    @Test
    void generatedOwnerPasswordIsPrintedOnTheFirstStartOnlyAndKeepsWorking() throws Exception {
        Path dataDir = freshDataDir("generated-owner");
        String password;
        try (Server server = Server.start(dataDir, Map.of())) {
            Matcher printed = GENERATED_PASSWORD.matcher(server.output());
            assertThat(printed.find()).as("the first start prints the owner's password").isTrue();
            password = printed.group(1);
            assertThat(server.api().get("api/v1/accounts/me", Api.OWNER, password).status()).isEqualTo(200);
            server.stop();
        }
        try (Server server = Server.start(dataDir, Map.of())) {
            assertThat(server.output()).doesNotContain(password);
            assertThat(server.api().get("api/v1/accounts/me", Api.OWNER, password).status()).isEqualTo(200);
            server.stop();
        }
    }

    private static Path freshDataDir(String name) throws IOException {
        Path dir = Path.of(System.getProperty("dts.itData", "target/it-data")).resolve(name).toAbsolutePath();
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
        Files.createDirectories(dir);
        return dir;
    }

    /** {@code run.sh} in a child process, on a free port, output captured to a file. */
    static final class Server implements AutoCloseable {

        private final Process process;
        private final Path log;
        private final Api api;

        private Server(Process process, Path log, int port) {
            this.process = process;
            this.log = log;
            this.api = new Api(URI.create("http://127.0.0.1:" + port + "/"));
        }

        static Server start(Path dataDir, Map<String, String> env) throws Exception {
            int port = freePort();
            Path log = Files.createTempFile(dataDir, "run-", ".log");
            Path script = Path.of("..", "run.sh").toAbsolutePath().normalize();
            ProcessBuilder builder = new ProcessBuilder("bash", script.toString())
                    .directory(script.getParent().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().remove("DTS_OWNER_PASSWORD");
            builder.environment().remove("DTS_DB_URL");
            builder.environment().putAll(env);
            builder.environment().put("DTS_SKIP_BUILD", "1");
            builder.environment().put("DTS_HTTP_PORT", Integer.toString(port));
            builder.environment().put("DTS_DATA_DIR", dataDir.toString());
            builder.environment().put("DTS_BLOCK_INTERVAL_SECONDS", "1");
            Server server = new Server(builder.start(), log, port);
            server.awaitRunning();
            return server;
        }

        Api api() {
            return api;
        }

        String output() throws IOException {
            return Files.readString(log);
        }

        private void awaitRunning() throws Exception {
            Instant deadline = Instant.now().plus(STARTUP);
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new AssertionError("DTS exited during startup:\n" + tail());
                }
                if (output().contains("DTS is running at")) {
                    return;
                }
                Thread.sleep(500);
            }
            throw new AssertionError("DTS did not start within " + STARTUP + ":\n" + tail());
        }

        /** Sends SIGTERM, as Ctrl-C or a service manager would, and waits for the exit. */
        int stop() throws Exception {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                throw new AssertionError("DTS did not stop within 60 s of SIGTERM:\n" + tail());
            }
            assertThat(output()).contains("DTS stopped.");
            return process.exitValue();
        }

        private String tail() throws IOException {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        }

        @Override
        public void close() throws Exception {
            if (process.isAlive()) {
                process.descendants().forEach(ProcessHandle::destroy);
                process.destroy();
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                }
            }
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }
    }
}
