package io.dts.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.dts.web.Api.Answer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The README's Run command ({@code run.sh}, on the WAR this build made): state survives a stop and a
 * start, SIGTERM stops the server cleanly, a start whose health never answers UP fails and stops the
 * server, and the owner's password is generated and shown only once.
 * Runs against a fresh H2 directory and, when {@code DTS_TEST_PG_URL} is set, PostgreSQL.
 */
class RestartIT {

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
        Path dataDir = RunScriptServer.freshDataDir("restart-" + db.name().toLowerCase());
        String name;
        try (RunScriptServer server = RunScriptServer.start(dataDir, db.env())) {
            Answer fresh = server.api().get("api/v1/network");
            assertThat(fresh.status()).isEqualTo(200);
            assertThat(fresh.json().getBoolean("initialized")).isFalse();
            long firstHeight = fresh.json().getJsonNumber("blockHeight").longValue();
            assertThat(Contract.eventually(Duration.ofSeconds(15), () -> {
                Answer later = server.api().get("api/v1/network");
                return later.status() == 200 && !later.json().getBoolean("initialized")
                        && later.json().getJsonNumber("blockHeight").longValue() > firstHeight;
            })).as("the block height grows past %d before the owner initializes (one block a second)", firstHeight).isTrue();
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
        try (RunScriptServer server = RunScriptServer.start(dataDir, db.env())) {
            Answer me = server.api().get("api/v1/accounts/me", name, name + name);
            assertThat(me.status()).isEqualTo(200);
            assertThat(me.json().getJsonNumber("balance").longValue()).isEqualTo(777);
            assertThat(server.stop()).isZero();
        }
    }

    @Test
    void runScriptFailsAndStopsTheServerWhenHealthNeverAnswersUp() throws Exception {
        Path dataDir = RunScriptServer.freshDataDir("never-healthy");
        // No database answers at this URL: the application does not deploy and /health never says UP.
        Map<String, String> env = Map.of("DTS_DB_URL", "jdbc:postgresql://127.0.0.1:1/nothing",
                "DTS_START_TIMEOUT_SECONDS", "30");
        try (RunScriptServer server = RunScriptServer.launch(dataDir, env)) {
            List<ProcessHandle> started = new ArrayList<>();

            assertThat(server.awaitExit(Duration.ofSeconds(150), started)).as("run.sh's exit status").isNotZero();

            assertThat(server.output()).contains("DTS did not start").doesNotContain("DTS is running");
            assertThat(started).as("the server run.sh started").isNotEmpty().noneMatch(ProcessHandle::isAlive);
        }
    }

    @Test
    void generatedOwnerPasswordIsPrintedOnTheFirstStartOnlyAndKeepsWorking() throws Exception {
        Path dataDir = RunScriptServer.freshDataDir("generated-owner");
        String password;
        try (RunScriptServer server = RunScriptServer.start(dataDir, Map.of())) {
            Matcher printed = GENERATED_PASSWORD.matcher(server.output());
            assertThat(printed.find()).as("the first start prints the owner's password").isTrue();
            password = printed.group(1);
            assertThat(server.api().get("api/v1/accounts/me", Api.OWNER, password).status()).isEqualTo(200);
            server.stop();
        }
        try (RunScriptServer server = RunScriptServer.start(dataDir, Map.of())) {
            assertThat(server.output()).doesNotContain(password);
            assertThat(server.api().get("api/v1/accounts/me", Api.OWNER, password).status()).isEqualTo(200);
            server.stop();
        }
    }
}
