package io.dts.web;

import static io.dts.web.SigningRequests.partialJson;
import static io.dts.web.SigningRequests.randomHash;
import static org.assertj.core.api.Assertions.assertThat;

import io.dts.web.Api.Answer;
import io.dts.web.Contract.TestSigner;
import io.dts.web.crypto.RawBlst;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Threshold mode in Payara Micro: committee members (their keys only in this test) run the DKG
 * over REST in the background, as unattended members would, and sign under the group key.
 */
abstract class ThresholdChecks extends DeployedDts {

    private static final long WINDOW = 3;

    private final List<DkgParty> parties = new java.util.concurrent.CopyOnWriteArrayList<>();
    private ScheduledExecutorService members;
    /** The epoch the test's committee was seated in: sessions of earlier tests are older. */
    private long startEpoch;

    @AfterEach
    void backToAggregateMode() {
        if (members != null) {
            members.shutdownNow();
        }
        contract.aggregateMode();
    }

    @Test
    void aFreshDkgAmongFiveGivesOneGroupKeyUnderWhichAnyThreeSignTheSameSignature() {
        List<DkgParty> five = freshThresholdNetwork();
        JsonObject session = api.get("api/v1/dkg/sessions/" + startEpoch).json();
        assertThat(session.getString("kind")).isEqualTo("FRESH");
        assertThat(session.getInt("threshold")).isEqualTo(3);
        assertThat(session.getJsonArray("receivers")).hasSize(5);
        assertThat(session.getJsonArray("qualified")).hasSize(5);
        assertThat(session.getJsonArray("publicShares")).hasSize(5);
        String groupKey = session.getString("groupPublicKey");
        long epoch = session.getJsonNumber("epoch").longValue();

        String hash = randomHash();
        List<String> signatures = new ArrayList<>();
        for (int[] subset : new int[][] {{0, 1, 2}, {2, 3, 4}, {4, 0, 3}}) {
            JsonObject request = new SigningRequests(api).open(hash);
            assertThat(request.getString("groupPublicKey")).isEqualTo(groupKey);
            long signing = request.getJsonNumber("epoch").longValue(); // the fresh epoch, or a reshare of it if one completed since
            assertThat(submit(five.get(subset[0]), signing, hash).getString("status")).isEqualTo("PENDING");
            assertThat(submit(five.get(subset[1]), signing, hash).getString("status")).as("two never suffice").isEqualTo("PENDING");
            JsonObject third = submit(five.get(subset[2]), signing, hash);
            assertThat(third.getString("status")).isEqualTo("COMPLETE");
            assertThat(third.isNull("aggregateSignature")).isTrue();
            signatures.add(third.getString("groupSignature"));
        }
        assertThat(signatures).as("every 3-subset gives the one signature").containsOnly(signatures.get(0));
        // A plain BLS signature, checked with blst directly, by nothing of the server's code.
        assertThat(RawBlst.fastAggregateVerify(List.of(groupKey), hash, signatures.get(0))).isTrue();
        assertThat(verify("\"groupPublicKey\":\"" + groupKey + "\"", hash, signatures.get(0))).isTrue();
        assertThat(verify("\"epoch\":" + epoch, hash, signatures.get(0))).isTrue();
        assertThat(verify("\"epoch\":" + epoch, randomHash(), signatures.get(0))).isFalse();

        // A member's registered key is no share: its partial fails under the public share and is slashed.
        String other = randomHash();
        new SigningRequests(api).open(other);
        TestSigner member = five.get(1).signer;
        Answer wrong = api.post("api/v1/partial-signatures", partialJson(other, SigningRequests.signature(member.key(), other)),
                member.name(), member.password());
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.code()).isEqualTo(103);
    }

    @Test
    void aBadDealerIsDisqualifiedByItsVictimsProofAFalseAccuserAndASilentDealerAreSlashedAndTheSessionCompletes() {
        List<DkgParty> five = thresholdCommittee("fault");
        DkgParty liar = five.get(1);
        DkgParty victim = five.get(3);
        DkgParty accuser = five.get(4);
        DkgParty silent = five.get(2);
        liar.badShareTo = victim.signer.name();
        accuser.falselyAccuse = five.get(0).signer.name();
        silent.silent = true;
        contract.thresholdModeWithANewKey(WINDOW);
        JsonObject session = DkgParty.awaitCurrentSession(api, s -> s.getJsonNumber("epoch").longValue() >= startEpoch
                && (s.getString("phase").equals("COMPLETE") || s.getString("phase").equals("FAILED")));
        assertThat(session.getString("phase")).as(session.toString()).isEqualTo("COMPLETE");
        long epoch = session.getJsonNumber("epoch").longValue();
        int liarIndex = DkgParty.indexOf(session, "dealers", liar.signer.name());
        int silentIndex = DkgParty.indexOf(session, "dealers", silent.signer.name());
        assertThat(session.getJsonArray("qualified").getValuesAs(jakarta.json.JsonNumber.class).stream().map(n -> n.intValue()))
                .hasSize(3).doesNotContain(liarIndex, silentIndex);

        List<JsonObject> complaints = Api.parseArray(api.get("api/v1/dkg/sessions/" + epoch + "/complaints").body()).stream()
                .map(JsonValue::asJsonObject).toList();
        assertThat(complaints).anySatisfy(c -> {
            assertThat(c.getInt("dealerIndex")).isEqualTo(liarIndex);
            assertThat(c.getString("verdict")).isEqualTo("VALID");
        });
        assertThat(complaints).anySatisfy(c -> {
            assertThat(c.getInt("receiverIndex")).isEqualTo(DkgParty.indexOf(session, "receivers", accuser.signer.name()));
            assertThat(c.getString("verdict")).isEqualTo("FALSE");
        });
        for (DkgParty slashed : List.of(liar, accuser, silent)) {
            assertThat(contract.signer(slashed.signer.name()).getJsonObject("slashingHistory").getInt("totalSlashes"))
                    .as(slashed.signer.name()).isEqualTo(1);
        }
        assertThat(contract.signer(victim.signer.name()).getJsonObject("slashingHistory").getInt("totalSlashes")).isZero();

        awaitShares(five.stream().filter(p -> p != silent).toList(), epoch);
        String hash = randomHash();
        long signing = new SigningRequests(api).open(hash).getJsonNumber("epoch").longValue();
        submit(five.get(0), signing, hash);
        submit(victim, signing, hash);
        JsonObject done = submit(accuser, signing, hash);
        assertThat(done.getString("status")).isEqualTo("COMPLETE");
        assertThat(RawBlst.fastAggregateVerify(List.of(session.getString("groupPublicKey")), hash, done.getString("groupSignature"))).isTrue();
    }

    @Test
    void tooFewQualifiedDealersFailTheReshareWithTheReasonAndThePreviousKeyKeepsSigning() {
        List<DkgParty> five = freshThresholdNetwork();
        JsonObject fresh = api.get("api/v1/dkg/sessions/" + startEpoch).json();
        long freshEpoch = fresh.getJsonNumber("epoch").longValue();
        five.subList(0, 3).forEach(p -> p.silent = true); // two deals, three needed (t_old)
        contract.rotateNow();
        JsonObject failed = DkgParty.awaitCurrentSession(api, s -> s.getJsonNumber("epoch").longValue() > freshEpoch
                && (s.getString("phase").equals("FAILED") || s.getString("phase").equals("COMPLETE")));
        assertThat(failed.getString("kind")).isEqualTo("RESHARE");
        assertThat(failed.getString("phase")).isEqualTo("FAILED");
        assertThat(failed.getString("failureReason")).contains("too few qualified dealers");

        String hash = randomHash();
        JsonObject request = new SigningRequests(api).open(hash);
        assertThat(request.getJsonNumber("epoch").longValue()).as("signed by the last completed epoch").isEqualTo(freshEpoch);
        submit(five.get(0), freshEpoch, hash);
        submit(five.get(1), freshEpoch, hash);
        JsonObject done = submit(five.get(2), freshEpoch, hash);
        assertThat(done.getString("status")).isEqualTo("COMPLETE");
        assertThat(RawBlst.fastAggregateVerify(List.of(fresh.getString("groupPublicKey")), hash, done.getString("groupSignature"))).isTrue();
    }

    @Test
    void oneDealerSendingItsBundleEightTimesAtOnceIsRecordedOnce() throws Exception {
        List<DkgParty> five = thresholdCommittee("once");
        DkgParty eager = five.get(0);
        eager.silent = true; // the test deals for it
        contract.thresholdModeWithANewKey(WINDOW);
        JsonObject session = api.get("api/v1/dkg/sessions/" + startEpoch).json();
        String bundle = eager.dealJson(session);
        java.util.concurrent.ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Answer>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> api.post("api/v1/dkg/sessions/" + startEpoch + "/deals", bundle,
                        eager.signer.name(), eager.signer.password())));
            }
            List<Integer> codes = new ArrayList<>();
            for (java.util.concurrent.Future<Answer> answer : answers) {
                Answer a = answer.get();
                codes.add(a.status() == 201 ? 201 : a.code());
            }
            assertThat(codes).containsOnlyOnce(201).containsOnly(201, 131);
        } finally {
            pool.shutdownNow();
        }
        JsonObject done = DkgParty.awaitCurrentSession(api, s -> s.getJsonNumber("epoch").longValue() == startEpoch && s.getString("phase").equals("COMPLETE"));
        assertThat(done.getJsonArray("qualified")).hasSize(5);
        assertThat(Api.parseArray(api.get("api/v1/dkg/sessions/" + startEpoch + "/deals").body())).hasSize(5);
    }

    /** Five members running in the background, a fresh epoch, threshold mode, and its session completed. */
    List<DkgParty> freshThresholdNetwork() {
        List<DkgParty> five = thresholdCommittee("th");
        contract.thresholdModeWithANewKey(WINDOW);
        JsonObject session = DkgParty.awaitCurrentSession(api, s -> s.getJsonNumber("epoch").longValue() >= startEpoch && s.getString("phase").equals("COMPLETE"));
        awaitShares(five, session.getJsonNumber("epoch").longValue());
        return five;
    }

    /** A committee of five new members whose duties run every 200 ms, seated in a fresh epoch. */
    List<DkgParty> thresholdCommittee(String prefix) {
        contract.cleanSlate();
        List<DkgParty> five = contract.fillCommittee(prefix, 1_000).stream().map(s -> new DkgParty(s, api)).toList();
        contract.rotateNow(); // a whole rotation period ahead, with these five as the committee
        startEpoch = contract.network().getJsonNumber("epoch").longValue();
        parties.addAll(five);
        members = Executors.newSingleThreadScheduledExecutor();
        members.scheduleWithFixedDelay(() -> parties.forEach(p -> {
            try {
                p.step();
            } catch (RuntimeException | AssertionError e) {
                System.err.println("DKG member " + p.signer.name() + ": " + e);
            }
        }), 0, 200, TimeUnit.MILLISECONDS);
        return five;
    }

    void awaitShares(List<DkgParty> who, long epoch) {
        assertThat(Contract.eventually(Duration.ofSeconds(30), () -> who.stream().allMatch(p -> p.holdsShareOf(epoch))))
                .as("every member took its share of epoch " + epoch).isTrue();
    }

    JsonObject submit(DkgParty member, long epoch, String hash) {
        Answer answer = api.post("api/v1/partial-signatures", partialJson(hash, member.partial(epoch, hash)),
                member.signer.name(), member.signer.password());
        assertThat(answer.status()).as(answer.body()).isIn(200, 201);
        return answer.json();
    }

    boolean verify(String target, String hash, String signature) {
        Answer answer = api.post("api/v1/verify", "{\"messageHash\":\"" + hash + "\",\"signature\":\"" + signature + "\"," + target + "}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().getBoolean("valid");
    }
}
