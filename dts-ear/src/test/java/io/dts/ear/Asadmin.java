package io.dts.ear;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code asadmin} of an unpacked Payara Server. Every call is bounded in time and writes its
 * output to its own numbered file, so that a failed run can be read afterwards, and a failure
 * message carries the end of that output (and of the server log) to show what went wrong.
 */
final class Asadmin {

    /** The outcome of one call; {@code exitCode} is -1 when the call timed out and was killed. */
    record Result(List<String> command, int exitCode, Path logFile) {

        boolean succeeded() {
            return exitCode == 0;
        }

        String output() {
            try {
                return Files.readString(logFile, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "(output not readable: " + e + ")";
            }
        }
    }

    private static final int TAIL_LINES = 60;

    private final Path executable;
    private final Path logDir;
    private final Map<String, String> environment;
    private final Path serverLog;
    private int calls;

    /**
     * @param environment added to asadmin's environment; the server JVM that {@code start-domain}
     *     launches inherits it
     * @param serverLog the domain's server.log, whose end is shown when a call fails
     */
    Asadmin(Path payaraHome, Path logDir, Map<String, String> environment, Path serverLog) {
        this.executable = payaraHome.resolve("bin/asadmin");
        this.logDir = logDir;
        this.environment = Map.copyOf(environment);
        this.serverLog = serverLog;
    }

    /** Runs a local subcommand (create-domain, start-domain, ...) and fails if it does not succeed in time. */
    Result runOrFail(Duration timeout, String subcommand, String... operands) {
        return orFail(run(timeout, subcommand, operands));
    }

    /** Runs a subcommand against the admin listener on 127.0.0.1 and fails if it does not succeed in time. */
    Result remoteOrFail(int adminPort, Duration timeout, String subcommand, String... operands) {
        return orFail(run(timeout, List.of("--host", "127.0.0.1", "--port", String.valueOf(adminPort)), subcommand, operands));
    }

    /** Runs a local subcommand, waiting at most {@code timeout}; a command still running then is killed. */
    Result run(Duration timeout, String subcommand, String... operands) {
        return run(timeout, List.of(), subcommand, operands);
    }

    private Result orFail(Result result) {
        if (!result.succeeded()) {
            throw new AssertionError(describeFailure(result));
        }
        return result;
    }

    private Result run(Duration timeout, List<String> programOptions, String subcommand, String... operands) {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        // never wait for an answer on stdin that nobody will give
        command.add("--interactive=false");
        command.addAll(programOptions);
        command.add(subcommand);
        command.addAll(List.of(operands));

        Path logFile = logDir.resolve(String.format("%02d-%s.log", ++calls, subcommand));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                // to a file rather than a pipe: the server JVM started by start-domain outlives
                // asadmin and would otherwise hold the pipe open
                .redirectOutput(logFile.toFile());
        Map<String, String> env = builder.environment();
        // only what the test chooses may configure the application (no DTS_DB_URL from the shell)
        env.keySet().removeIf(name -> name.startsWith("DTS_"));
        env.putAll(environment);

        try {
            Files.createDirectories(logDir);
            Process process = builder.start();
            process.getOutputStream().close();
            if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return new Result(command, process.exitValue(), logFile);
            }
            kill(process);
            Files.writeString(logFile, "\n[EarDeploymentIT] killed after " + timeout.toSeconds() + " s\n",
                    StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            return new Result(command, -1, logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }

    /** What a failed call printed, and what the server logged last, for the failure message. */
    String describeFailure(Result result) {
        StringBuilder message = new StringBuilder()
                .append(String.join(" ", result.command()))
                .append(result.exitCode() < 0 ? " timed out" : " exited with " + result.exitCode())
                .append("; output in ").append(result.logFile())
                .append("\n---- end of output ----\n").append(tail(result.output()));
        if (Files.isRegularFile(serverLog)) {
            try {
                message.append("\n---- from ").append(serverLog).append(" ----\n")
                        .append(lastError(Files.readString(serverLog, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                message.append("\n(server log not readable: ").append(e).append(')');
            }
        }
        return message.toString();
    }

    static String tail(String text) {
        List<String> lines = text.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
    }

    /**
     * The server's last SEVERE record from its start (message and top of the stack trace, which a
     * plain tail would cut off), or the end of the log when there is none.
     */
    static String lastError(String serverLog) {
        int severe = serverLog.lastIndexOf("[SEVERE]");
        if (severe < 0) {
            return tail(serverLog);
        }
        List<String> lines = serverLog.substring(serverLog.lastIndexOf('\n', severe) + 1).lines().toList();
        return String.join("\n", lines.subList(0, Math.min(lines.size(), TAIL_LINES)));
    }

    /** Kills a hung call together with anything it started (start-domain's server JVM included). */
    private static void kill(Process process) throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }
}
