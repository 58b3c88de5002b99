package io.dts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The README's Run command ({@code run.sh}, on the WAR this build made) in a child process of the
 * test, on a free port and a data directory of its own, output captured to a file. For tests that
 * need a network of their own (a fresh start, a restart, an uninitialized network) rather than the
 * Arquillian server the other test classes share.
 */
public final class RunScriptServer implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(240);

    private final Process process;
    private final Path log;
    private final Api api;

    private RunScriptServer(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.api = new Api(URI.create("http://127.0.0.1:" + port + "/"));
    }

    /** An empty directory {@code name} under the build's IT data directory (emptied if it exists). */
    public static Path freshDataDir(String name) throws IOException {
        Path dir = Path.of(System.getProperty("dts.itData", "target/it-data")).resolve(name).toAbsolutePath();
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
        Files.createDirectories(dir);
        return dir;
    }

    /**
     * Starts {@code run.sh} on {@code dataDir} with {@code env} added to a clean environment (one block
     * a second) and waits until it says it is running.
     */
    public static RunScriptServer start(Path dataDir, Map<String, String> env) throws Exception {
        RunScriptServer server = launch(dataDir, env);
        try {
            server.awaitRunning();
        } catch (Exception | AssertionError e) {
            server.close();
            throw e;
        }
        return server;
    }

    /** Starts {@code run.sh} as {@link #start} does, without waiting for it: for a start meant to fail. */
    public static RunScriptServer launch(Path dataDir, Map<String, String> env) throws Exception {
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
        builder.environment().put("DTS_JAVA_OPTS", System.getProperty("dts.serverJvmOptions", ""));
        return new RunScriptServer(builder.start(), log, port);
    }

    public Api api() {
        return api;
    }

    public String output() throws IOException {
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

    /**
     * Waits, at most {@code limit}, for {@code run.sh} to exit by itself, noting the processes it
     * started meanwhile (the server's JVM).
     *
     * @return its exit status
     */
    public int awaitExit(Duration limit, List<ProcessHandle> started) throws Exception {
        Instant deadline = Instant.now().plus(limit);
        while (process.isAlive() && Instant.now().isBefore(deadline)) {
            process.descendants().filter(p -> !started.contains(p)).forEach(started::add);
            process.waitFor(200, TimeUnit.MILLISECONDS);
        }
        if (process.isAlive()) {
            throw new AssertionError("run.sh still runs after " + limit + ":\n" + tail());
        }
        return process.exitValue();
    }

    /** Sends SIGTERM, as Ctrl-C or a service manager would, and waits for the exit. */
    public int stop() throws Exception {
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

    /** Stops the server and its JVM if they still run, forcibly after 30 s. */
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
