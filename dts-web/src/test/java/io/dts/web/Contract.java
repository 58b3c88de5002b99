package io.dts.web;

import static io.dts.web.Api.OWNER;
import static io.dts.web.Api.OWNER_PASSWORD;

import io.dts.core.crypto.BlsSecretKey;
import io.dts.web.Api.Answer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * The contract as the tests drive it over REST. All contract test classes share one network (one
 * database per test run), so each test starts by emptying the committee instead of assuming a
 * fresh network.
 */
public final class Contract {

    /** Parameters the contract tests initialize the shared network with. */
    public static final long MIN_STAKE = 1_000;
    public static final int TOTAL_SIGNERS = 5;
    public static final int THRESHOLD = 3;
    public static final long ROTATION_PERIOD = 20;
    /** Governance runs in blocks of one second here: short votes and timelocks (the defaults are 144). */
    public static final long MIN_PROPOSAL_DURATION = 4;
    public static final long EXECUTION_DELAY = 3;

    /** A signer account with its key (deterministic from its name: test fixtures only). */
    public record TestSigner(String name, BlsSecretKey key) {
        public String password() {
            return name + name;
        }
    }

    private final Api api;

    public Contract(Api api) {
        this.api = api;
    }

    public Api api() {
        return api;
    }

    /** Initializes the shared network with the test parameters unless an earlier test class did. */
    public JsonObject ensureInitialized() {
        JsonObject network = network();
        if (!network.getBoolean("initialized")) {
            Answer init = api.post("api/v1/network/initialize", "{\"minStake\":" + MIN_STAKE + ",\"requiredSigners\":2,"
                    + "\"totalSigners\":" + TOTAL_SIGNERS + ",\"rotationPeriod\":" + ROTATION_PERIOD
                    + ",\"signatureThreshold\":" + THRESHOLD + ",\"minProposalDuration\":" + MIN_PROPOSAL_DURATION
                    + ",\"executionDelay\":" + EXECUTION_DELAY + "}", OWNER, OWNER_PASSWORD);
            if (init.status() != 200 && init.status() != 409) {
                throw new AssertionError("initialize failed: " + init.body());
            }
            network = network();
        }
        return network;
    }

    /** Takes every current signer out of the committee (the owner may), so a test starts with free seats. */
    public void emptyCommittee() {
        for (JsonValue value : signers()) {
            JsonObject signer = value.asJsonObject();
            String status = signer.getString("status");
            if (status.equals("PRIMARY") || status.equals("BACKUP")) {
                Answer left = api.send("DELETE", "api/v1/signers/" + signer.getString("name") + "/active", OWNER, OWNER_PASSWORD);
                if (left.status() != 200) {
                    throw new AssertionError("could not empty the committee: " + left.body());
                }
            }
        }
    }

    /**
     * Starts a fresh epoch now (the owner's rotate-now), so that the test that follows has a whole
     * rotation period before the timer rotates under it. Call it with an empty committee: nobody is
     * judged for the epoch it closes.
     */
    public void freshEpoch() {
        Answer rotated = api.post("api/v1/network/rotation", "", OWNER, OWNER_PASSWORD);
        if (rotated.status() != 200) {
            throw new AssertionError("rotate-now failed: " + rotated.body());
        }
    }

    /** The owner's rotate-now, in a block after the last rotation (one rotation per block at most). */
    public void rotateNow() {
        eventually(Duration.ofSeconds(30), () -> {
            JsonObject network = network();
            return network.getJsonNumber("blockHeight").longValue() > network.getJsonNumber("lastRotationHeight").longValue();
        });
        freshEpoch();
    }

    /**
     * Makes sure the timer's next rotation is at least {@code blocks} blocks away, rotating now when
     * it is nearer, so a test can read a value a rotation recomputes (reputation) and then act on it.
     */
    public void noRotationWithin(long blocks) {
        JsonObject network = network();
        if (network.getJsonNumber("nextRotationHeight").longValue() - network.getJsonNumber("blockHeight").longValue() < blocks) {
            rotateNow();
        }
    }

    /** Everything a contract test starts from: an initialized network, an empty committee, a fresh epoch. */
    public void cleanSlate() {
        ensureInitialized();
        emptyCommittee();
        rotateNow(); // in a block after the last rotation, or no new epoch would open and the old members would stay in it
    }

    public java.util.List<JsonValue> signers() {
        return Api.parseArray(api.get("api/v1/signers").body());
    }

    public JsonObject network() {
        return api.get("api/v1/network").json();
    }

    /** A new account with {@code balance} minted to it and a key pair. */
    public TestSigner newAccount(String prefix, long balance) {
        String name = api.newAccount(prefix);
        if (balance > 0) {
            mint(name, balance);
        }
        return new TestSigner(name, keyFor("dts-test-" + name));
    }

    /** A key pair derived from {@code seed} (SHA-256 of it as KeyGen's keying material): test fixtures only. */
    public static BlsSecretKey keyFor(String seed) {
        try {
            return BlsSecretKey.fromSeed(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(seed.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public void mint(String name, long amount) {
        Answer minted = api.post("api/v1/accounts/" + name + "/mint", "{\"amount\":" + amount + "}", OWNER, OWNER_PASSWORD);
        if (minted.status() != 200) {
            throw new AssertionError("mint failed: " + minted.body());
        }
    }

    /** Registers {@code signer} with its own key, a valid proof of possession and {@code stake}. */
    public Answer register(TestSigner signer, long stake) {
        return registerWith(signer, signer.key().publicKey().toHex(), signer.key().proveProofOfPossession().toHex(), stake);
    }

    public Answer registerWith(TestSigner signer, String publicKeyHex, String proofHex, long stake) {
        return api.post("api/v1/signers", "{\"publicKey\":\"" + publicKeyHex + "\",\"proofOfPossession\":\"" + proofHex
                + "\",\"stake\":" + stake + "}", signer.name(), signer.password());
    }

    /** Fills every seat of the committee with new signers of {@code stake}; returns them in seat order. */
    public java.util.List<TestSigner> fillCommittee(String prefix, long stake) {
        java.util.List<TestSigner> seated = new java.util.ArrayList<>();
        for (int i = 0; i < TOTAL_SIGNERS; i++) {
            seated.add(newSigner(prefix + i, stake));
        }
        return seated;
    }

    /** A new account with enough balance, registered as a signer; asserts the registration worked. */
    public TestSigner newSigner(String prefix, long stake) {
        TestSigner signer = newAccount(prefix, stake * 2);
        Answer registered = register(signer, stake);
        if (registered.status() != 201) {
            throw new AssertionError("registration failed: " + registered.body());
        }
        return signer;
    }

    public JsonObject signer(String name) {
        return api.get("api/v1/signers/" + name).json();
    }

    public JsonObject account(TestSigner who) {
        return api.get("api/v1/accounts/me", who.name(), who.password()).json();
    }

    public long epoch() {
        return network().getJsonNumber("epoch").longValue();
    }

    /** The id of the newest event, to read only what a test causes afterwards. */
    public long lastEventId() {
        long last = 0;
        while (true) {
            java.util.List<JsonValue> page = Api.parseArray(api.get("api/v1/events?after=" + last + "&limit=1000").body());
            if (page.isEmpty()) {
                return last;
            }
            last = page.get(page.size() - 1).asJsonObject().getJsonNumber("id").longValue();
        }
    }

    /** Events after {@code id}, of {@code type}. */
    public java.util.List<JsonObject> eventsAfter(long id, String type) {
        java.util.List<JsonObject> found = new java.util.ArrayList<>();
        long after = id;
        while (true) { // every page: the groups share one log, which outgrows one page of 1000
            java.util.List<JsonObject> page = Api.parseArray(api.get("api/v1/events?after=" + after + "&limit=1000").body())
                    .stream().map(JsonValue::asJsonObject).toList();
            page.stream().filter(e -> e.getString("type").equals(type)).forEach(found::add);
            if (page.size() < 1000) {
                return found;
            }
            after = page.get(page.size() - 1).getJsonNumber("id").longValue();
        }
    }

    /** The owner switches to threshold mode with DKG windows of {@code window} blocks and a new group key. */
    public void thresholdModeWithANewKey(long window) {
        signingMode("{\"signingMode\":\"THRESHOLD\",\"dkgPhaseBlocks\":" + window + ",\"newGroupKey\":true}", "THRESHOLD");
    }

    /** The owner switches back to aggregate mode (what the other groups expect). */
    public void aggregateMode() {
        signingMode("{\"signingMode\":\"AGGREGATE\"}", "AGGREGATE");
    }

    private void signingMode(String body, String mode) {
        Answer answer = api.send("PUT", "api/v1/network/signing-mode", OWNER, OWNER_PASSWORD, body);
        if (answer.status() != 200 || !answer.json().getJsonObject("params").getString("signingMode").equals(mode)) {
            throw new AssertionError("could not switch to " + mode + ": " + answer.body());
        }
    }

    /** Waits, at most {@code limit}, until {@code condition} holds. */
    public static boolean eventually(Duration limit, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }
}
