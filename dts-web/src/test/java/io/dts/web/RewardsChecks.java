package io.dts.web;

import static io.dts.web.Api.OWNER;
import static io.dts.web.Api.OWNER_PASSWORD;
import static io.dts.web.SignerChecks.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import io.dts.web.Api.Answer;
import io.dts.web.Contract.TestSigner;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Fees into the reward pool, per-epoch rewards by the seed's formula, and claims, inside Payara Micro. */
abstract class RewardsChecks extends DeployedDts {

    Money money;

    @BeforeEach
    void cleanSlate() {
        contract.cleanSlate();
        money = new Money(contract);
    }

    @Test
    void registrationPaysOnePercentOfTheStakeIntoThePoolAnd102WhenTheBalanceCannotCoverStakeAndFee() {
        assertThat(money.protocolFee()).isEqualTo(1);
        long pool = money.pool();
        long registrationFees = money.poolAccount().getJsonObject("fees").getJsonNumber("registration").longValue();
        TestSigner alice = contract.newAccount("fee-alice", 10_000);

        Answer registered = contract.register(alice, 2_345);

        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.json().getJsonNumber("fee").longValue()).isEqualTo(23); // floor(2 345 × 1 / 100)
        assertThat(money.balance(alice)).isEqualTo(10_000 - 2_345 - 23);
        assertThat(money.lockedStake(alice)).isEqualTo(2_345);
        assertThat(money.pool()).isEqualTo(pool + 23);
        assertThat(money.poolAccount().getJsonObject("fees").getJsonNumber("registration").longValue())
                .isEqualTo(registrationFees + 23);

        TestSigner poor = contract.newAccount("fee-poor", 1_009); // the stake, but 9 of its 10 fee
        assertRefused(contract.register(poor, 1_000), 409, 102);
        assertThat(money.balance(poor)).isEqualTo(1_009);
        assertThat(money.lockedStake(poor)).isZero();
        assertThat(money.pool()).isEqualTo(pool + 23);
        assertThat(api.get("api/v1/signers/" + poor.name()).status()).isEqualTo(404);
    }

    @Test
    void eachAcceptedPartialCostsOnePercentOfMinStakeFromTheBalanceThenFromTheStake() {
        long fee = Contract.MIN_STAKE / 100;
        TestSigner rich = contract.newSigner("fee-rich", 1_000);            // balance 1 000 - 10 left
        TestSigner short4 = contract.newAccount("fee-short", 1_000 + 10 + 4); // 4 left after registering
        assertThat(contract.register(short4, 1_000).status()).isEqualTo(201);
        long richBalance = money.balance(rich);
        long partialFees = money.poolAccount().getJsonObject("fees").getJsonNumber("partialSignature").longValue();
        long pool = money.pool();
        String hash = money.openRequest();

        Answer first = money.submitPartial(rich, hash, true);
        Answer second = money.submitPartial(short4, hash, true);
        Answer again = money.submitPartial(short4, hash, true); // sent before: not charged twice

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(money.balance(rich)).isEqualTo(richBalance - fee);
        assertThat(money.lockedStake(rich)).isEqualTo(1_000);
        assertThat(money.balance(short4)).isZero();
        assertThat(money.stake(short4)).isEqualTo(1_000 - (fee - 4));
        assertThat(money.lockedStake(short4)).isEqualTo(1_000 - (fee - 4));
        assertThat(money.pool()).isEqualTo(pool + 2 * fee);
        assertThat(money.poolAccount().getJsonObject("fees").getJsonNumber("partialSignature").longValue())
                .isEqualTo(partialFees + 2 * fee);
        assertThat(contract.eventsAfter(0, "PARTIAL_SIGNATURE_ACCEPTED")).filteredOn(e -> e.getJsonObject("data")
                .getString("signer").equals(short4.name())).singleElement()
                .satisfies(e -> assertThat(e.getJsonObject("data").getJsonNumber("fee").longValue()).isEqualTo(fee));
    }

    @Test
    void whenAnEpochClosesEachMemberIsEntitledToTheSeedsFormulaOfItsMetricsAndStake() {
        TestSigner steady = contract.newSigner("rw-steady", 1_000);
        TestSigner shaky = contract.newSigner("rw-shaky", 2_345);
        TestSigner leaver = contract.newSigner("rw-leaver", 1_500);
        String tower = api.newAccount("rw-tower");
        money.report(tower, shaky, 73, 40, 0);   // uptime 73, accuracy 0 of 1
        money.report(tower, shaky, 81, 40, 1);   // uptime 81, accuracy 50
        assertThat(api.send("DELETE", "api/v1/signers/" + leaver.name() + "/active", leaver.name(), leaver.password())
                .status()).isEqualTo(200);
        long events = contract.lastEventId();

        long epoch = money.closeEpoch();

        long minStake = money.minStake();
        for (TestSigner member : List.of(steady, shaky, leaver)) {
            JsonObject signer = contract.signer(member.name());
            JsonObject metrics = signer.getJsonObject("performanceMetrics");
            long expected = Money.expectedReward(metrics.getInt("uptime"), metrics.getInt("accuracy"),
                    signer.getJsonNumber("stake").longValue(), minStake);
            JsonObject reward = money.reward(member, epoch);
            assertThat(reward.getJsonNumber("amount").longValue()).as(member.name()).isEqualTo(expected);
            assertThat(reward.getBoolean("claimed")).isFalse();
            assertThat(reward.isNull("claimedHeight")).isTrue();
        }
        assertThat(money.reward(steady, epoch).getJsonNumber("amount").longValue()).isEqualTo(100_000);
        // 1000 × (81 + 50) × 2 345 / (2 × 1 000) = 153 597.5, rounded down
        assertThat(money.reward(shaky, epoch).getJsonNumber("amount").longValue()).isEqualTo(153_597);
        assertThat(money.reward(leaver, epoch).getJsonNumber("amount").longValue()).isEqualTo(150_000);
        assertThat(money.rewards("epoch=" + epoch)).hasSize(3);
        assertThat(money.rewards("signer=" + steady.name() + "&claimed=true")).isEmpty();
        assertThat(contract.eventsAfter(events, "EPOCH_STARTED")).anySatisfy(e -> assertThat(
                e.getJsonObject("data").getJsonObject("rewards").getJsonObject("amounts")
                        .getJsonNumber(shaky.name()).longValue()).isEqualTo(153_597));
        assertRefused(api.get("api/v1/rewards?claimed=maybe"), 400, 101);
        assertRefused(api.get("api/v1/rewards?limit=0"), 400, 101);
    }

    @Test
    void aClaimPaysTheRewardOnceFromThePoolEvenWhenSentManyTimesAtOnceAndASecondIs126() throws Exception {
        TestSigner member = contract.newSigner("rw-claimer", 1_000);
        long epoch = money.closeEpoch();
        long amount = money.reward(member, epoch).getJsonNumber("amount").longValue();
        money.fundPool("rw-donor", amount + 1);
        long pool = money.pool();
        long balance = money.balance(member);
        long paid = money.poolAccount().getJsonNumber("rewardsPaid").longValue();
        long events = contract.lastEventId();

        List<Answer> answers = concurrently(6, () -> money.claim(member, epoch));

        assertThat(answers).filteredOn(a -> a.status() == 200).singleElement()
                .satisfies(a -> assertThat(a.json().getBoolean("claimed")).isTrue());
        assertThat(answers).filteredOn(a -> a.status() != 200)
                .hasSize(5).allSatisfy(a -> assertThat(a.code()).isEqualTo(126));
        assertThat(money.balance(member)).isEqualTo(balance + amount);
        assertThat(money.pool()).isEqualTo(pool - amount);
        assertThat(money.poolAccount().getJsonNumber("rewardsPaid").longValue()).isEqualTo(paid + amount);
        assertThat(money.reward(member, epoch).getBoolean("claimed")).isTrue();
        assertThat(contract.eventsAfter(events, "REWARD_CLAIMED")).singleElement().satisfies(e -> {
            assertThat(e.getJsonObject("data").getJsonNumber("amount").longValue()).isEqualTo(amount);
            assertThat(e.getString("actor")).isEqualTo(member.name());
        });

        assertRefused(money.claim(member, epoch), 409, 126);
        assertThat(money.balance(member)).isEqualTo(balance + amount);
        assertThat(money.pool()).isEqualTo(pool - amount);
    }

    @Test
    void aRewardThePoolCannotPayIs127ChangesNothingAndCanBeClaimedOnceThePoolHoldsMore() {
        // A stake so large that its reward (100 × stake here) exceeds everything the pool holds.
        long stake = money.pool() / 99 + Contract.MIN_STAKE;
        TestSigner whale = contract.newSigner("rw-whale", stake);
        long epoch = money.closeEpoch();
        long amount = money.reward(whale, epoch).getJsonNumber("amount").longValue();
        assertThat(amount).isEqualTo(100 * stake);
        long pool = money.pool();
        long balance = money.balance(whale);
        assertThat(pool).isLessThanOrEqualTo(amount);

        assertRefused(money.claim(whale, epoch), 409, 127);

        assertThat(money.balance(whale)).isEqualTo(balance);
        assertThat(money.pool()).isEqualTo(pool);
        assertThat(money.reward(whale, epoch).getBoolean("claimed")).isFalse();

        money.fundPool("rw-whale-donor", amount - pool + 1);
        assertThat(money.claim(whale, epoch).status()).isEqualTo(200);
        assertThat(money.balance(whale)).isEqualTo(balance + amount);
    }

    @Test
    void onlyTheEntitledSignerClaimsItsEpochAndEverythingElseIs101() {
        TestSigner member = contract.newSigner("rw-member", 1_000);
        long epoch = money.closeEpoch();
        TestSigner stranger = contract.newAccount("rw-stranger", 0);
        TestSigner latecomer = contract.newSigner("rw-late", 1_000); // seated after the epoch closed

        assertRefused(money.claim(stranger, epoch), 400, 101);
        assertRefused(money.claim(latecomer, epoch), 400, 101);
        assertRefused(money.claim(member, epoch + 1000), 400, 101);
        assertRefused(api.post("api/v1/rewards/claims", "{}", member.name(), member.password()), 400, 101);
        assertRefused(api.post("api/v1/rewards/claims", "{\"epoch\":" + epoch + "}"), 401, 121);
        assertRefused(api.post("api/v1/rewards/claims", "not json", member.name(), member.password()), 400, 123);
        assertThat(money.reward(member, epoch).getBoolean("claimed")).isFalse();
    }

    @Test
    void whilePausedAClaimIs118AndNothingIsPaid() {
        TestSigner member = contract.newSigner("rw-paused", 1_000);
        long epoch = money.closeEpoch();
        long amount = money.reward(member, epoch).getJsonNumber("amount").longValue();
        money.fundPool("rw-paused-donor", amount + 1);
        long pool = money.pool();
        long balance = money.balance(member);
        assertThat(api.post("api/v1/network/pause", "", OWNER, OWNER_PASSWORD).status()).isEqualTo(200);
        try {
            assertRefused(money.claim(member, epoch), 503, 118);
        } finally {
            assertThat(api.post("api/v1/network/unpause", "", OWNER, OWNER_PASSWORD).status()).isEqualTo(200);
        }
        assertThat(money.balance(member)).isEqualTo(balance);
        assertThat(money.pool()).isEqualTo(pool);
        assertThat(money.reward(member, epoch).getBoolean("claimed")).isFalse();
    }

    @Test
    void theProtocolFeeIsANetworkParameterThatProposalsMaySetWithinZeroToAHundred() {
        assertThat(contract.network().getJsonObject("params").getInt("protocolFee")).isEqualTo(1);
        TestSigner proposer = new Governance(contract).member("rw-proposer", 1_000, 1);

        assertRefused(new Governance(contract).proposeParameter(proposer, "protocolFee", 101), 400, 101);
        assertRefused(new Governance(contract).proposeParameter(proposer, "protocolFee", -1), 400, 101);
        assertThat(contract.network().getJsonObject("params").getInt("protocolFee")).isEqualTo(1);
    }

    private static <T> List<T> concurrently(int callers, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                futures.add(pool.submit(call));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
