package io.dts.signer;

import io.dts.core.crypto.BlsSecretKey;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The command line: {@code register} a signer from an EIP-2335 keystore, and {@code run} it
 * unattended. Exit codes: 0 done, 1 the server refused or could not be reached, 2 wrong usage
 * (a missing or bad option, an unreadable file, a keystore that does not open).
 */
@Command(name = "dts-signer", mixinStandardHelpOptions = true, version = "dts-signer 0.1.0",
        description = "DTS member client: registers a signer and runs its signing and DKG duties.",
        subcommands = {Main.Register.class, Main.Run.class})
public final class Main implements Callable<Integer> {

    /** Exit code of a usage error: picocli's, and this program's for bad files. */
    public static final int USAGE = CommandLine.ExitCode.USAGE;

    private static final Logger LOG = Logger.getLogger(Main.class.getName());

    @Spec
    CommandLine.Model.CommandSpec spec;

    /** Only the real command line ends the JVM with 0 on SIGTERM; in-process callers keep theirs. */
    private static volatile boolean haltOnSignal;

    public static void main(String[] args) {
        ConsoleLog.install();
        haltOnSignal = true;
        System.exit(execute(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine line = new CommandLine(new Main());
        line.setOut(out);
        line.setErr(err);
        line.setParameterExceptionHandler((e, arguments) -> {
            CommandLine failed = e.getCommandLine();
            failed.getErr().println("error: " + e.getMessage());
            failed.getErr().println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for the options.");
            failed.getErr().flush();
            return USAGE;
        });
        line.setExecutionExceptionHandler((e, failed, parsed) -> {
            failed.getErr().println("error: " + e.getMessage());
            failed.getErr().flush();
            return e instanceof KeystoreException ? USAGE : 1;
        });
        return line.execute(args);
    }

    /** No subcommand: say which exist. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "a command is required: register or run");
    }

    /** The options every command takes: who, where, and the key. */
    static final class Identity {

        @Spec(Spec.Target.MIXEE)
        CommandLine.Model.CommandSpec mixee;

        @Option(names = "--server", required = true, paramLabel = "URL",
                description = "the DTS server, e.g. http://localhost:8080/ (the API is under /api/v1)")
        String server;

        @Option(names = "--user", required = true, paramLabel = "NAME", description = "the account (and signer) name")
        String user;

        @Option(names = "--password-file", required = true, paramLabel = "FILE",
                description = "file whose first line is the account password")
        Path passwordFile;

        @Option(names = "--keystore", required = true, paramLabel = "FILE",
                description = "the signer's BLS key as an EIP-2335 keystore (JSON)")
        Path keystore;

        @Option(names = "--keystore-password-file", required = true, paramLabel = "FILE",
                description = "file whose first line is the keystore password")
        Path keystorePasswordFile;

        URI serverUri() {
            try {
                URI uri = new URI(server);
                if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                    throw new URISyntaxException(server, "not an http:// or https:// URL");
                }
                return uri;
            } catch (URISyntaxException e) {
                throw new ParameterException(mixee.commandLine(), "--server: " + e.getMessage());
            }
        }

        char[] password(Path file, String option) {
            try {
                String content = Files.readString(file, StandardCharsets.UTF_8);
                int end = content.indexOf('\n');
                String first = end < 0 ? content : content.substring(0, end);
                if (first.endsWith("\r")) {
                    first = first.substring(0, first.length() - 1);
                }
                return first.toCharArray();
            } catch (IOException e) {
                throw new ParameterException(mixee.commandLine(), option + ": cannot read " + file);
            }
        }

        SignerClient client() {
            char[] password = password(passwordFile, "--password-file");
            try {
                return new SignerClient(serverUri(), user, password);
            } finally {
                Arrays.fill(password, '\0');
            }
        }

        BlsSecretKey key(char[] keystorePassword) {
            if (!Files.isReadable(keystore)) {
                throw new ParameterException(mixee.commandLine(), "--keystore: cannot read " + keystore);
            }
            try {
                return Keystores.decrypt(keystore, keystorePassword);
            } catch (KeystoreException e) {
                throw new ParameterException(mixee.commandLine(), "--keystore " + keystore + ": " + e.getMessage());
            } catch (IOException e) {
                throw new ParameterException(mixee.commandLine(), "--keystore: cannot read " + keystore);
            }
        }
    }

    @Command(name = "register", mixinStandardHelpOptions = true,
            description = "Registers the keystore's key as the account's signer with a proof of possession and stake.")
    static final class Register implements Callable<Integer> {

        @Mixin
        Identity identity;

        @Option(names = "--stake", required = true, paramLabel = "N", description = "stake to lock (at least the network's minStake)")
        long stake;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (stake <= 0) {
                throw new ParameterException(spec.commandLine(), "--stake must be positive, got " + stake);
            }
            char[] keystorePassword = identity.password(identity.keystorePasswordFile, "--keystore-password-file");
            BlsSecretKey key;
            try {
                key = identity.key(keystorePassword);
            } finally {
                Arrays.fill(keystorePassword, '\0');
            }
            SignerClient client = identity.client();
            JsonObject answer = client.registerSigner(key.publicKey(), key.proveProofOfPossession(), stake);
            spec.commandLine().getOut().println("registered signer " + client.user()
                    + " with key " + key.publicKey().toHex() + " (active: " + answer.getOrDefault("active", null) + ")");
            return 0;
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Signs pending requests and takes part in DKG sessions until stopped (SIGTERM or Ctrl-C).")
    static final class Run implements Callable<Integer> {

        @Mixin
        Identity identity;

        @Option(names = "--state-dir", required = true, paramLabel = "DIR",
                description = "where shares (EIP-2335, keystore password) and DKG progress are kept")
        Path stateDir;

        @Option(names = "--poll-millis", defaultValue = "1000", paramLabel = "MS",
                description = "pause between steps (default ${DEFAULT-VALUE})")
        long pollMillis;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws InterruptedException {
            if (pollMillis < 1) {
                throw new ParameterException(spec.commandLine(), "--poll-millis must be at least 1, got " + pollMillis);
            }
            if (Files.exists(stateDir) && !Files.isDirectory(stateDir)) {
                throw new ParameterException(spec.commandLine(), "--state-dir: " + stateDir + " is not a directory");
            }
            char[] keystorePassword = identity.password(identity.keystorePasswordFile, "--keystore-password-file");
            BlsSecretKey key;
            StateDirectory state;
            try {
                key = identity.key(keystorePassword);
                state = new StateDirectory(stateDir, keystorePassword);
            } finally {
                Arrays.fill(keystorePassword, '\0');
            }
            Member member = new Member(identity.client(), key, state);
            CountDownLatch stop = new CountDownLatch(1);
            CountDownLatch stopped = new CountDownLatch(1);
            Thread hook = new Thread(() -> {
                stop.countDown();
                try {
                    stopped.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                ConsoleLog.lastWords("stopped");
                if (haltOnSignal) {
                    // a stop asked for is a clean exit: 0, not the JVM's 128 + signal
                    Runtime.getRuntime().halt(0);
                }
            }, "dts-signer-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            LOG.info("running as " + member.name() + " against " + identity.serverUri() + ", state in " + stateDir);
            try {
                while (stop.getCount() > 0) {
                    try {
                        member.step();
                    } catch (RuntimeException e) {
                        LOG.warning("step failed: " + e.getMessage());
                    }
                    stop.await(pollMillis, TimeUnit.MILLISECONDS);
                }
            } finally {
                stopped.countDown();
            }
            return 0;
        }
    }
}
