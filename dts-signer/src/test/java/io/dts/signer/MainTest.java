package io.dts.signer;

import static org.assertj.core.api.Assertions.assertThat;

import io.dts.core.crypto.BlsSecretKey;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's refusals: a clear message on standard error and exit code 2. */
class MainTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path password;
    private Path keystore;
    private Path keystorePassword;

    @BeforeEach
    void files() throws IOException {
        password = Files.writeString(dir.resolve("password"), "account secret\n");
        keystorePassword = Files.writeString(dir.resolve("ks-password"), "keystore secret\n");
        keystore = Files.writeString(dir.resolve("ks.json"), Keystores.encrypt(BlsSecretKey.generate(new SecureRandom()),
                "keystore secret".toCharArray(), Keystores.Kdf.pbkdf2(16), "", new SecureRandom()));
    }

    private int run(String... args) {
        return Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private List<String> runArgs(String... extra) {
        List<String> args = new ArrayList<>(List.of("run", "--server", "http://127.0.0.1:1/", "--user", "alice",
                "--password-file", password.toString(), "--keystore", keystore.toString(),
                "--keystore-password-file", keystorePassword.toString(), "--state-dir", dir.resolve("state").toString()));
        args.addAll(List.of(extra));
        return args;
    }

    @Test
    void noCommandIsAUsageError() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString()).contains("a command is required: register or run");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        assertThat(run("sign-everything")).isEqualTo(2);
        assertThat(err.toString()).contains("sign-everything");
    }

    @Test
    void missingRequiredOptionsAreNamed() {
        assertThat(run("run", "--server", "http://localhost:8080/")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required options").contains("--user").contains("--state-dir")
                .contains("Try 'dts-signer run --help'");
    }

    @Test
    void registerWithoutStakeIsAUsageError() {
        assertThat(run("register", "--server", "http://localhost:8080/", "--user", "alice", "--password-file",
                password.toString(), "--keystore", keystore.toString(), "--keystore-password-file",
                keystorePassword.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--stake");
    }

    @Test
    void aStakeThatIsNoNumberIsAUsageError() {
        assertThat(run("register", "--server", "http://localhost:8080/", "--user", "alice", "--password-file",
                password.toString(), "--keystore", keystore.toString(), "--keystore-password-file",
                keystorePassword.toString(), "--stake", "lots")).isEqualTo(2);
        assertThat(err.toString()).contains("--stake").contains("lots");
    }

    @Test
    void aServerThatIsNoHttpUrlIsAUsageError() {
        List<String> args = runArgs();
        args.set(args.indexOf("http://127.0.0.1:1/"), "ftp://example.org/");
        assertThat(run(args.toArray(String[]::new))).isEqualTo(2);
        assertThat(err.toString()).contains("--server");
    }

    @Test
    void aMissingPasswordFileIsAUsageError() {
        List<String> args = runArgs();
        args.set(args.indexOf(password.toString()), dir.resolve("nope").toString());
        assertThat(run(args.toArray(String[]::new))).isEqualTo(2);
        assertThat(err.toString()).contains("--password-file: cannot read");
    }

    @Test
    void aKeystoreThatDoesNotOpenIsAUsageErrorWithoutThePassword() throws IOException {
        Files.writeString(keystorePassword, "not the password\n");
        assertThat(run(runArgs().toArray(String[]::new))).isEqualTo(2);
        assertThat(err.toString()).contains("--keystore").contains("wrong password").doesNotContain("not the password");
    }

    @Test
    void aPollIntervalBelowOneMillisecondIsAUsageError() {
        assertThat(run(runArgs("--poll-millis", "0").toArray(String[]::new))).isEqualTo(2);
        assertThat(err.toString()).contains("--poll-millis must be at least 1");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertThat(run(runArgs("--fast").toArray(String[]::new))).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--fast'");
    }

    @Test
    void helpListsTheCommandsAndExitsZero() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("register").contains("run");
    }
}
