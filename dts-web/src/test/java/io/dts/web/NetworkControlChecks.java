package io.dts.web;

import static io.dts.web.Api.OWNER;
import static io.dts.web.Api.OWNER_PASSWORD;
import static io.dts.web.SignerChecks.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import io.dts.web.Api.Answer;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Initialize, pause, ownership and rotate-now, inside Payara Micro. */
abstract class NetworkControlChecks extends DeployedDts {


    @Test
    void initializeIsForTheOwnerOnly() {
        String name = api.newAccount("mallory");
        Answer answer = api.post("api/v1/network/initialize", "{\"minStake\":1,\"requiredSigners\":1,"
                + "\"totalSigners\":1,\"rotationPeriod\":1,\"signatureThreshold\":1}", name, name + name);

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.code()).isEqualTo(100);
    }

    @Test
    void initializeChecksEveryParameterWith101() {
        for (String bad : List.of(
                "{\"minStake\":0,\"requiredSigners\":3,\"totalSigners\":5,\"rotationPeriod\":144,\"signatureThreshold\":3}",
                "{\"minStake\":100,\"requiredSigners\":0,\"totalSigners\":5,\"rotationPeriod\":144,\"signatureThreshold\":3}",
                "{\"minStake\":100,\"requiredSigners\":3,\"totalSigners\":5,\"rotationPeriod\":0,\"signatureThreshold\":3}",
                "{\"minStake\":100,\"requiredSigners\":6,\"totalSigners\":5,\"rotationPeriod\":144,\"signatureThreshold\":3}",
                "{\"minStake\":100,\"requiredSigners\":3,\"totalSigners\":5,\"rotationPeriod\":144,\"signatureThreshold\":6}",
                "{\"minStake\":100,\"requiredSigners\":3,\"totalSigners\":5,\"rotationPeriod\":144,\"signatureThreshold\":0}",
                "{\"minStake\":100,\"requiredSigners\":3,\"totalSigners\":5,\"rotationPeriod\":144}",
                "{\"minStake\":100,\"requiredSigners\":3,\"totalSigners\":5,\"rotationPeriod\":144,\"signatureThreshold\":3,\"performanceThreshold\":101}")) {
            Answer answer = api.post("api/v1/network/initialize", bad, OWNER, OWNER_PASSWORD);
            assertThat(answer.status()).as(bad).isEqualTo(400);
            assertThat(answer.code()).as(bad).isEqualTo(101);
        }
    }

    @Test
    void initializedNetworkShowsItsParametersAndRefusesASecondInitializeWith111() {
        JsonObject network = contract.ensureInitialized();

        assertThat(network.getBoolean("initialized")).isTrue();
        JsonObject params = network.getJsonObject("params");
        assertThat(params.getJsonNumber("minStake").longValue()).isEqualTo(Contract.MIN_STAKE);
        assertThat(params.getInt("totalSigners")).isEqualTo(Contract.TOTAL_SIGNERS);
        assertThat(params.getInt("signatureThreshold")).isEqualTo(Contract.THRESHOLD);
        assertThat(params.getInt("performanceThreshold")).isEqualTo(50);
        assertThat(network.getJsonNumber("epoch").longValue()).isPositive();
        assertThat(network.getJsonNumber("nextRotationHeight").longValue())
                .isEqualTo(network.getJsonNumber("lastRotationHeight").longValue() + Contract.ROTATION_PERIOD);

        Answer again = api.post("api/v1/network/initialize", "{\"minStake\":5,\"requiredSigners\":1,"
                + "\"totalSigners\":1,\"rotationPeriod\":1,\"signatureThreshold\":1}", OWNER, OWNER_PASSWORD);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo(111);
        assertThat(contract.network().getJsonObject("params").getJsonNumber("minStake").longValue()).isEqualTo(Contract.MIN_STAKE);
    }

    @Test
    void pauseRefusesEveryStateChangeButTheOwnersWith118UntilUnpaused() {
        contract.ensureInitialized();
        Contract.TestSigner user = contract.newAccount("paused", 10_000);
        long eventsBefore = contract.lastEventId();
        try {
            Answer paused = api.post("api/v1/network/pause", "", OWNER, OWNER_PASSWORD);
            assertThat(paused.status()).isEqualTo(200);
            assertThat(paused.json().getBoolean("paused")).isTrue();
            assertThat(contract.eventsAfter(eventsBefore, "NETWORK_PAUSED")).singleElement()
                    .satisfies(e -> assertThat(e.getString("actor")).isEqualTo(OWNER));

            Answer watchtower = api.post("api/v1/watchtowers", "", user.name(), user.password());
            assertThat(watchtower.status()).isEqualTo(503);
            assertThat(watchtower.code()).isEqualTo(118);
            Answer signer = contract.register(user, Contract.MIN_STAKE);
            assertThat(signer.status()).isEqualTo(503);
            assertThat(signer.code()).isEqualTo(118);
            assertThat(contract.account(user).getJsonNumber("balance").longValue()).isEqualTo(10_000);

            // The owner's actions go on: the faucet, for one.
            contract.mint(user.name(), 1);
            assertThat(api.post("api/v1/network/pause", "", user.name(), user.password()).code()).isEqualTo(100);
        } finally {
            assertThat(api.post("api/v1/network/unpause", "", OWNER, OWNER_PASSWORD).json().getBoolean("paused")).isFalse();
        }
        assertThat(contract.eventsAfter(eventsBefore, "NETWORK_UNPAUSED")).singleElement()
                .satisfies(e -> assertThat(e.getString("actor")).isEqualTo(OWNER));
        assertThat(api.post("api/v1/watchtowers", "", user.name(), user.password()).status()).isEqualTo(201);
    }

    @Test
    void whilePausedASignerCannotLeaveNorAWatchtowerReportWith118() {
        contract.ensureInitialized();
        Contract.TestSigner signer = contract.newSigner("pausedsigner", Contract.MIN_STAKE);
        String tower = api.newAccount("pausedtower");
        assertThat(api.post("api/v1/watchtowers", "", tower, tower + tower).status()).isEqualTo(201);
        JsonObject before = contract.signer(signer.name());
        long eventsBefore = contract.lastEventId();
        try {
            assertThat(api.post("api/v1/network/pause", "", OWNER, OWNER_PASSWORD).status()).isEqualTo(200);

            assertRefused(api.post("api/v1/watchtowers/reports", "{\"signer\":\"" + signer.name()
                    + "\",\"uptime\":10,\"signingSpeed\":10,\"validSignatures\":0}", tower, tower + tower), 503, 118);
            assertRefused(api.send("DELETE", "api/v1/signers/" + signer.name() + "/active", signer.name(), signer.password()),
                    503, 118);

            JsonObject after = contract.signer(signer.name());
            assertThat(after.getString("status")).isEqualTo(before.getString("status"));
            JsonObject metrics = after.getJsonObject("performanceMetrics");
            assertThat(metrics.getInt("uptime")).isEqualTo(100);
            assertThat(metrics.getInt("signingSpeed")).isEqualTo(100);
            assertThat(metrics.getJsonNumber("totalSignatures").longValue()).isZero();
            assertThat(after.getJsonNumber("lastActive").longValue()).isEqualTo(before.getJsonNumber("lastActive").longValue());
            assertThat(api.get("api/v1/watchtowers/" + tower).json().getJsonNumber("reportsSubmitted").longValue()).isZero();
            assertThat(contract.eventsAfter(eventsBefore, "WATCHTOWER_REPORT")).isEmpty();
            assertThat(contract.eventsAfter(eventsBefore, "SIGNER_LEFT_COMMITTEE")).isEmpty();
        } finally {
            assertThat(api.post("api/v1/network/unpause", "", OWNER, OWNER_PASSWORD).json().getBoolean("paused")).isFalse();
        }
    }

    @Test
    void onlyTheOwnerHandsOverOwnershipOrUnpausesWith100() {
        String mallory = api.newAccount("mallory");
        long eventsBefore = contract.lastEventId();

        assertRefused(api.send("PUT", "api/v1/network/owner", mallory, mallory + mallory, "{\"newOwner\":\"" + mallory + "\"}"),
                403, 100);
        assertThat(contract.network().getString("owner")).isEqualTo(OWNER);

        try {
            assertThat(api.post("api/v1/network/pause", "", OWNER, OWNER_PASSWORD).status()).isEqualTo(200);
            assertRefused(api.post("api/v1/network/unpause", "", mallory, mallory + mallory), 403, 100);
            assertThat(contract.network().getBoolean("paused")).isTrue();
        } finally {
            assertThat(api.post("api/v1/network/unpause", "", OWNER, OWNER_PASSWORD).json().getBoolean("paused")).isFalse();
        }
        assertThat(contract.eventsAfter(eventsBefore, "OWNERSHIP_TRANSFERRED")).isEmpty();
        assertThat(contract.eventsAfter(eventsBefore, "NETWORK_UNPAUSED")).singleElement()
                .satisfies(e -> assertThat(e.getString("actor")).isEqualTo(OWNER));
    }

    @Test
    void ownershipIsHandedOverAndBack() {
        String heir = api.newAccount("heir");
        long eventsBefore = contract.lastEventId();
        try {
            Answer handed = api.send("PUT", "api/v1/network/owner", OWNER, OWNER_PASSWORD, "{\"newOwner\":\"" + heir + "\"}");
            assertThat(handed.status()).isEqualTo(200);
            assertThat(handed.json().getString("owner")).isEqualTo(heir);
            assertThat(contract.eventsAfter(eventsBefore, "OWNERSHIP_TRANSFERRED")).singleElement().satisfies(e -> {
                assertThat(e.getString("actor")).isEqualTo(OWNER);
                assertThat(e.getJsonObject("data").getString("from")).isEqualTo(OWNER);
                assertThat(e.getJsonObject("data").getString("to")).isEqualTo(heir);
            });

            assertThat(api.post("api/v1/accounts/" + heir + "/mint", "{\"amount\":5}", OWNER, OWNER_PASSWORD).code()).isEqualTo(100);
            assertThat(api.post("api/v1/accounts/" + heir + "/mint", "{\"amount\":5}", heir, heir + heir).status()).isEqualTo(200);
            assertThat(api.get("api/v1/accounts/me", heir, heir + heir).json().getJsonArray("roles").toString()).contains("OWNER");
        } finally {
            api.send("PUT", "api/v1/network/owner", heir, heir + heir, "{\"newOwner\":\"" + OWNER + "\"}");
        }
        assertThat(contract.network().getString("owner")).isEqualTo(OWNER);
        assertThat(contract.eventsAfter(eventsBefore, "OWNERSHIP_TRANSFERRED")).last().satisfies(e -> {
            assertThat(e.getString("actor")).isEqualTo(heir);
            assertThat(e.getJsonObject("data").getString("from")).isEqualTo(heir);
            assertThat(e.getJsonObject("data").getString("to")).isEqualTo(OWNER);
        });
        Answer unknown = api.send("PUT", "api/v1/network/owner", OWNER, OWNER_PASSWORD, "{\"newOwner\":\"nobody-" + heir + "\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.code()).isEqualTo(101);
    }

    @Test
    void manySimultaneousRotationTriggersOpenExactlyOneEpoch() throws Exception {
        contract.ensureInitialized();
        // Rotate-now promises one new epoch per block height at most: a burst that straddles a block
        // boundary may rightly open one per height it reached. So the rule is checked on every burst,
        // and the burst is repeated until one falls within one block, where it must open exactly one.
        for (int attempt = 1; attempt <= 5; attempt++) {
            if (rotationBurstOpensOneEpochPerHeight(12)) {
                return;
            }
        }
        throw new AssertionError("no burst of rotate-now calls fell within one block in five tries");
    }

    /**
     * Fires {@code callers} simultaneous rotate-nows right after a block starts and checks that the new
     * epochs are as many as the distinct heights they started at, each with its record.
     *
     * @return whether the whole burst fell within one block (and so opened exactly one epoch)
     */
    private boolean rotationBurstOpensOneEpochPerHeight(int callers) throws Exception {
        long lastEvent = contract.lastEventId(); // before the epoch: a rotation between the two is filtered out below
        JsonObject before = contract.network();
        long epochBefore = before.getJsonNumber("epoch").longValue();
        // Right after a block starts, and past the last rotation's height, so the burst may rotate.
        long seen = before.getJsonNumber("blockHeight").longValue();
        assertThat(Contract.eventually(java.time.Duration.ofSeconds(10),
                () -> contract.network().getJsonNumber("blockHeight").longValue() > seen)).isTrue();
        long firstHeight = contract.network().getJsonNumber("blockHeight").longValue();

        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Answer>> answers = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return api.post("api/v1/network/rotation", "", OWNER, OWNER_PASSWORD);
                }));
            }
            start.countDown();
            for (Future<Answer> answer : answers) {
                assertThat(answer.get().status()).isEqualTo(200);
                // every caller sees the epoch the burst opened, whichever caller opened it
                assertThat(answer.get().json().getJsonNumber("epoch").longValue()).isGreaterThan(epochBefore);
            }
        } finally {
            pool.shutdownNow();
        }
        // The state is read before the height, so every epoch counted here started at or below lastHeight.
        JsonObject after = contract.network();
        long epochAfter = after.getJsonNumber("epoch").longValue();
        long lastHeight = after.getJsonNumber("blockHeight").longValue();

        List<JsonObject> opened = contract.eventsAfter(lastEvent, "EPOCH_STARTED").stream()
                .map(e -> e.getJsonObject("data"))
                .filter(d -> d.getJsonNumber("epoch").longValue() > epochBefore
                        && d.getJsonNumber("epoch").longValue() <= epochAfter).toList();
        List<Long> epochs = opened.stream().map(d -> d.getJsonNumber("epoch").longValue()).toList();
        List<Long> startHeights = opened.stream().map(d -> d.getJsonNumber("startHeight").longValue()).toList();
        assertThat(epochs).as("each new epoch opened once, with its event")
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(epochBefore + 1, epochAfter).boxed().toList());
        assertThat(startHeights).as("one new epoch per block height at most").doesNotHaveDuplicates();
        assertThat(startHeights).as("the burst rotated").anySatisfy(h -> assertThat(h).isBetween(firstHeight, lastHeight));
        assertThat(after.getJsonNumber("lastRotationHeight").longValue()).isEqualTo(startHeights.get(startHeights.size() - 1));
        for (JsonObject data : opened) {
            JsonObject epoch = api.get("api/v1/epochs/" + data.getJsonNumber("epoch").longValue()).json();
            assertThat(epoch.getJsonNumber("startHeight").longValue()).isEqualTo(data.getJsonNumber("startHeight").longValue());
            assertThat(epoch.getInt("threshold")).isEqualTo(Contract.THRESHOLD);
        }
        if (firstHeight != lastHeight) {
            return false;
        }
        assertThat(startHeights).as("a burst within block " + firstHeight + " opens exactly one epoch")
                .filteredOn(h -> h >= firstHeight).containsExactly(firstHeight);
        return true;
    }

    @Test
    void rotateNowIsForTheOwnerOnly() {
        contract.ensureInitialized();
        String name = api.newAccount("rotator");
        Answer answer = api.post("api/v1/network/rotation", "", name, name + name);
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.code()).isEqualTo(100);
    }

    @Test
    void unknownEpochIs404With122() {
        Answer answer = api.get("api/v1/epochs/999999999");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.code()).isEqualTo(122);
    }
}
