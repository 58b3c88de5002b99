package io.dts.web;

import static io.dts.web.Api.OWNER;
import static io.dts.web.Api.OWNER_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dts.core.crypto.BlsException;
import io.dts.core.crypto.BlsException.Reason;
import io.dts.core.crypto.BlsPublicKey;
import io.dts.core.crypto.BlsSecretKey;
import io.dts.web.Api.Answer;
import io.dts.web.Contract.TestSigner;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Signer registration, stake, committee seats and leaving, inside Payara Micro. */
abstract class SignerChecks extends DeployedDts {

    /**
     * The compressed G1 point with x = 4: on the curve, but its order is not r (as in dts-core's
     * {@code BlsPublicKeyTest.fromBytesRejectsACurvePointOutsideTheSubgroup}).
     */
    private static final String POINT_OUTSIDE_THE_SUBGROUP = "80" + "00".repeat(46) + "04";

    @BeforeEach
    void cleanSlate() {
        contract.cleanSlate();
    }

    @Test
    void registrationLocksTheStakeAndStartsFromTheSeedsValues() {
        TestSigner alice = contract.newAccount("alice", 5_000);
        long eventsBefore = contract.lastEventId();

        Answer registered = contract.register(alice, 1_500);

        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.json().getBoolean("active")).isTrue();
        assertThat(registered.json().getJsonNumber("fee").longValue()).isEqualTo(15); // 1 % of the stake
        JsonObject signer = registered.json().getJsonObject("signer");
        assertThat(signer.getString("name")).isEqualTo(alice.name());
        assertThat(signer.getString("publicKey")).isEqualTo(alice.key().publicKey().toHex());
        assertThat(signer.getJsonNumber("stake").longValue()).isEqualTo(1_500);
        assertThat(signer.getInt("reputationScore")).isEqualTo(100);
        assertThat(signer.getJsonNumber("lastActive").longValue()).isEqualTo(signer.getJsonNumber("registeredHeight").longValue());
        JsonObject metrics = signer.getJsonObject("performanceMetrics");
        assertThat(metrics.getInt("signingSpeed")).isEqualTo(100);
        assertThat(metrics.getInt("uptime")).isEqualTo(100);
        assertThat(metrics.getJsonNumber("stakeDuration").longValue()).isZero();
        assertThat(metrics.getInt("accuracy")).isEqualTo(100);
        assertThat(metrics.getJsonNumber("totalSignatures").longValue()).isZero();
        assertThat(metrics.getJsonNumber("validSignatures").longValue()).isZero();
        JsonObject slashing = signer.getJsonObject("slashingHistory");
        assertThat(slashing.getInt("totalSlashes")).isZero();
        assertThat(slashing.getJsonNumber("lastSlashHeight").longValue()).isZero();
        assertThat(slashing.getJsonNumber("slashedAmount").longValue()).isZero();
        assertThat(signer.getString("status")).isEqualTo("PRIMARY");

        JsonObject account = contract.account(alice);
        assertThat(account.getJsonNumber("balance").longValue()).isEqualTo(3_485); // 5 000 - 1 500 stake - 15 fee
        assertThat(account.getJsonNumber("lockedStake").longValue()).isEqualTo(1_500);
        assertThat(api.get("api/v1/epochs/" + contract.epoch()).json().getJsonArray("committee").toString())
                .contains(alice.name());
        assertThat(contract.eventsAfter(eventsBefore, "SIGNER_REGISTERED")).singleElement().satisfies(e -> {
            assertThat(e.getString("actor")).isEqualTo(alice.name());
            JsonObject data = e.getJsonObject("data");
            assertThat(data.getString("signer")).isEqualTo(alice.name());
            assertThat(data.getString("publicKey")).isEqualTo(alice.key().publicKey().toHex());
            assertThat(data.getJsonNumber("stake").longValue()).isEqualTo(1_500);
            assertThat(data.getJsonNumber("fee").longValue()).isEqualTo(15);
        });
    }

    @Test
    void keysOfTheWrongLengthAreRefusedWith110AndInvalidPointsWith101() {
        TestSigner bob = contract.newAccount("bob", 5_000);
        String proof = bob.key().proveProofOfPossession().toHex();
        String key = bob.key().publicKey().toHex();

        assertRefused(contract.registerWith(bob, key.substring(2), proof, 1_000), 400, 110);
        assertRefused(contract.registerWith(bob, key + "00", proof, 1_000), 400, 110);
        assertRefused(contract.registerWith(bob, "c0" + "00".repeat(47), proof, 1_000), 400, 101); // the identity
        assertRefused(contract.registerWith(bob, "8" + "1".repeat(95), proof, 1_000), 400, 101); // not on the curve
        // it decodes to a curve point, so only the subgroup check can refuse it
        assertThatThrownBy(() -> BlsPublicKey.fromHex(POINT_OUTSIDE_THE_SUBGROUP))
                .isInstanceOfSatisfying(BlsException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_IN_SUBGROUP));
        assertRefused(contract.registerWith(bob, POINT_OUTSIDE_THE_SUBGROUP, proof, 1_000), 400, 101);
        assertRefused(contract.registerWith(bob, "zz" + key.substring(2), proof, 1_000), 400, 101);
        assertNothingChanged(bob, 5_000);
    }

    @Test
    void proofsThatDoNotVerifyAreRefusedWith103AndShortOnesWith109() {
        TestSigner carol = contract.newAccount("carol", 5_000);
        BlsSecretKey other = Contract.keyFor("other-" + carol.name());
        String key = carol.key().publicKey().toHex();

        assertRefused(contract.registerWith(carol, key, other.proveProofOfPossession().toHex(), 1_000), 422, 103);
        // An ordinary signature over the key is not a proof of possession: another domain.
        assertRefused(contract.registerWith(carol, key, carol.key().sign(carol.key().publicKey().toBytes()).toHex(), 1_000),
                422, 103);
        assertRefused(contract.registerWith(carol, key, carol.key().proveProofOfPossession().toHex().substring(2), 1_000),
                400, 109);
        assertNothingChanged(carol, 5_000);
    }

    @Test
    void stakeBelowTheMinimumOrAboveTheBalanceIsRefusedWith102() {
        TestSigner dave = contract.newAccount("dave", 2_000);

        assertRefused(contract.register(dave, Contract.MIN_STAKE - 1), 409, 102);
        assertRefused(contract.register(dave, 2_001), 409, 102);
        assertRefused(contract.register(dave, 2_000), 409, 102); // the whole balance leaves nothing for the 20 fee
        assertNothingChanged(dave, 2_000);
    }

    @Test
    void registeringTwiceOrReusingAKeyIsRefusedWith107() {
        TestSigner erin = contract.newSigner("erin", 1_000);
        assertRefused(contract.register(erin, 1_000), 409, 107);

        TestSigner copycat = contract.newAccount("copycat", 5_000);
        Answer sameKey = contract.registerWith(copycat, erin.key().publicKey().toHex(),
                erin.key().proveProofOfPossession().toHex(), 1_000);
        assertRefused(sameKey, 409, 107);
        assertNothingChanged(copycat, 5_000);
    }

    @Test
    void registrationNeedsAnAccount() {
        Answer anonymous = api.post("api/v1/signers", "{\"publicKey\":\"00\",\"proofOfPossession\":\"00\",\"stake\":1}");
        assertRefused(anonymous, 401, 121);
    }

    @Test
    void signersAreReadableByAnyoneAndAnUnknownNameIs404() {
        TestSigner frank = contract.newSigner("frank", 1_000);

        List<String> names = contract.signers().stream().map(v -> v.asJsonObject().getString("name")).toList();
        assertThat(names).contains(frank.name());
        assertThat(contract.signer(frank.name()).getString("publicKey")).isEqualTo(frank.key().publicKey().toHex());
        assertRefused(api.get("api/v1/signers/nobody-" + frank.name()), 404, 122);
        assertRefused(api.send("DELETE", "api/v1/signers/nobody-" + frank.name() + "/active", OWNER, OWNER_PASSWORD), 404, 122);
    }

    @Test
    void aNewcomerWaitsAsBackupTakesTheSeatOfASignerWhoLeavesAndTheEventNamesWhoTookItOut() {
        TestSigner first = contract.fillCommittee("seat", 1_000).get(0);
        TestSigner waiting = contract.newAccount("waiting", 2_000);

        Answer backup = contract.register(waiting, 1_000);
        assertThat(backup.status()).isEqualTo(201);
        assertThat(backup.json().getBoolean("active")).isFalse();
        assertThat(backup.json().getJsonObject("signer").getString("status")).isEqualTo("BACKUP");

        String stranger = api.newAccount("stranger");
        assertRefused(api.send("DELETE", "api/v1/signers/" + first.name() + "/active", stranger, stranger + stranger), 403, 100);

        long eventsBefore = contract.lastEventId();
        Answer left = api.send("DELETE", "api/v1/signers/" + first.name() + "/active", first.name(), first.password());
        assertThat(left.status()).isEqualTo(200);
        assertThat(left.json().getString("status")).isEqualTo("EXITED");
        assertThat(left.json().getBoolean("active")).isFalse();
        assertThat(contract.eventsAfter(eventsBefore, "SIGNER_LEFT_COMMITTEE")).singleElement().satisfies(e -> {
            assertThat(e.getString("actor")).isEqualTo(first.name());
            assertThat(e.getJsonObject("data").getString("signer")).isEqualTo(first.name());
            assertThat(e.getJsonObject("data").getString("status")).isEqualTo("EXITED");
            assertThat(e.getJsonObject("data").getJsonNumber("epoch").longValue()).isEqualTo(contract.epoch());
        });
        assertThat(contract.signer(waiting.name()).getString("status")).isEqualTo("PRIMARY");

        JsonObject epoch = api.get("api/v1/epochs/" + contract.epoch()).json();
        List<JsonObject> seats = epoch.getJsonArray("committee").stream().map(JsonValue::asJsonObject).toList();
        assertThat(seats).anySatisfy(m -> {
            assertThat(m.getString("signer")).isEqualTo(waiting.name());
            assertThat(m.isNull("leftHeight")).isTrue();
        });
        assertThat(seats).filteredOn(m -> m.getString("signer").equals(first.name()))
                .allSatisfy(m -> assertThat(m.isNull("leftHeight")).isFalse());

        long beforeOwner = contract.lastEventId();
        assertThat(api.send("DELETE", "api/v1/signers/" + waiting.name() + "/active", OWNER, OWNER_PASSWORD).status()).isEqualTo(200);
        assertThat(contract.eventsAfter(beforeOwner, "SIGNER_LEFT_COMMITTEE")).as("the owner took it out")
                .singleElement().satisfies(e -> {
                    assertThat(e.getString("actor")).isEqualTo(OWNER);
                    assertThat(e.getJsonObject("data").getString("signer")).isEqualTo(waiting.name());
                });
    }

    private void assertNothingChanged(TestSigner who, long balance) {
        assertThat(api.get("api/v1/signers/" + who.name()).status()).isEqualTo(404);
        JsonObject account = contract.account(who);
        assertThat(account.getJsonNumber("balance").longValue()).isEqualTo(balance);
        assertThat(account.getJsonNumber("lockedStake").longValue()).isZero();
    }

    static void assertRefused(Answer answer, int status, int code) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.code()).as(answer.body()).isEqualTo(code);
    }
}
