package io.dts.web;

import static io.dts.web.Api.OWNER;
import static io.dts.web.Api.OWNER_PASSWORD;

import io.dts.web.Api.Answer;
import io.dts.web.Contract.TestSigner;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/** Balances, stakes, the reward pool, partial signatures and claims, as the fee and reward tests drive them over REST. */
public final class Money {

    /** 32 bytes of evidence for the owner's slashes that fund the pool. */
    static final String EVIDENCE = "ee".repeat(32);

    private final Contract contract;
    private final Api api;

    public Money(Contract contract) {
        this.contract = contract;
        this.api = contract.api();
    }

    public long pool() {
        return contract.network().getJsonNumber("rewardPool").longValue();
    }

    public JsonObject poolAccount() {
        return api.get("api/v1/rewards/pool").json();
    }

    public long balance(TestSigner who) {
        return contract.account(who).getJsonNumber("balance").longValue();
    }

    public long lockedStake(TestSigner who) {
        return contract.account(who).getJsonNumber("lockedStake").longValue();
    }

    public long stake(TestSigner who) {
        return contract.signer(who.name()).getJsonNumber("stake").longValue();
    }

    public long protocolFee() {
        return contract.network().getJsonObject("params").getInt("protocolFee");
    }

    public long minStake() {
        return contract.network().getJsonObject("params").getJsonNumber("minStake").longValue();
    }

    /** Opens a request for a random hash; returns the hash. */
    public String openRequest() {
        String requester = api.newAccount("requester");
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        Answer opened = api.post("api/v1/signing-requests", "{\"messageHash\":\"" + HexFormat.of().formatHex(bytes) + "\"}",
                requester, requester + requester);
        if (opened.status() != 201) {
            throw new AssertionError("could not open a request: " + opened.body());
        }
        return opened.json().getString("messageHash");
    }

    /** {@code member}'s partial signature over {@code hash}, valid or made with another key. */
    public Answer submitPartial(TestSigner member, String hash, boolean valid) {
        byte[] message = HexFormat.of().parseHex(hash);
        String signature = (valid ? member.key() : Contract.keyFor("not-" + member.name())).sign(message).toHex();
        return api.post("api/v1/partial-signatures", "{\"messageHash\":\"" + hash + "\",\"signature\":\"" + signature + "\"}",
                member.name(), member.password());
    }

    public Answer claim(TestSigner who, long epoch) {
        return api.post("api/v1/rewards/claims", "{\"epoch\":" + epoch + "}", who.name(), who.password());
    }

    public List<JsonObject> rewards(String query) {
        Answer answer = api.get("api/v1/rewards?" + query);
        if (answer.status() != 200) {
            throw new AssertionError("could not list rewards: " + answer.body());
        }
        return Api.parseArray(answer.body()).stream().map(JsonValue::asJsonObject).toList();
    }

    public JsonObject reward(TestSigner who, long epoch) {
        List<JsonObject> found = rewards("signer=" + who.name() + "&epoch=" + epoch);
        if (found.size() != 1) {
            throw new AssertionError("expected one reward of " + who.name() + " for epoch " + epoch + ": " + found);
        }
        return found.get(0);
    }

    /** A watchtower's report on {@code signer} (the watchtower is made on first use). */
    public void report(String tower, TestSigner signer, int uptime, int signingSpeed, int validSignatures) {
        api.post("api/v1/watchtowers", "", tower, tower + tower);
        Answer reported = api.post("api/v1/watchtowers/reports", "{\"signer\":\"" + signer.name() + "\",\"uptime\":" + uptime
                + ",\"signingSpeed\":" + signingSpeed + ",\"validSignatures\":" + validSignatures + "}", tower, tower + tower);
        if (reported.status() != 200) {
            throw new AssertionError("report failed: " + reported.status() + " " + reported.body());
        }
    }

    /** The owner slashes {@code who} by {@code amount}: stake into the pool. */
    public void slash(TestSigner who, long amount) {
        Answer slashed = api.post("api/v1/signers/" + who.name() + "/slash",
                "{\"amount\":" + amount + ",\"evidence\":\"" + EVIDENCE + "\"}", OWNER, OWNER_PASSWORD);
        if (slashed.status() != 200) {
            throw new AssertionError("slash failed: " + slashed.body());
        }
    }

    /**
     * Puts at least {@code amount} into the pool: a new signer stakes it and the owner slashes it
     * (a slash is the one way money reaches the pool without a fee formula in between).
     */
    public void fundPool(String prefix, long amount) {
        TestSigner donor = contract.newSigner(prefix, Math.max(Contract.MIN_STAKE, amount));
        slash(donor, amount);
    }

    /** Closes the current epoch (rotate-now) and returns its number. */
    public long closeEpoch() {
        long closing = contract.epoch();
        contract.rotateNow();
        return closing;
    }

    /** The seed's reward, computed here from a signer's figures as the API shows them. */
    public static long expectedReward(int uptime, int accuracy, long stake, long minStake) {
        return java.math.BigInteger.valueOf(1000L * (uptime + accuracy)).multiply(java.math.BigInteger.valueOf(stake))
                .divide(java.math.BigInteger.valueOf(2 * minStake)).longValueExact();
    }
}
