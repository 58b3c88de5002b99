package io.dts.web;

import static io.dts.web.Api.OWNER;
import static io.dts.web.Api.OWNER_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.dts.web.Api.Answer;
import io.dts.web.Contract.TestSigner;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Money is neither made nor lost: through a long random run of registrations, partial signatures
 * valid and invalid (slashed), proposals with their fee, owner slashes, reports, rotations, claims and
 * leaving, the sum of the actors' balances and locked stakes plus the reward pool changes by exactly
 * what the owner minted, the only source of new money. The run is random with a logged seed
 * ({@code -Ddts.test.seed=...} replays one). Accounts of other test classes hold money too, but
 * nothing here moves theirs: the committee is emptied first, so no other signer is judged, slashed or
 * rewarded while this runs.
 */
abstract class BalanceConservationChecks extends DeployedDts {

    private static final Logger LOG = Logger.getLogger(BalanceConservationChecks.class.getName());
    private static final int STEPS = 120;

    Money money;
    Random random;
    final List<TestSigner> actors = new ArrayList<>();
    final List<TestSigner> signers = new ArrayList<>();
    final List<Long> closedEpochs = new ArrayList<>();
    final Map<String, Integer> outcomes = new TreeMap<>();
    long minted;
    String tower;

    @BeforeEach
    void cleanSlate() {
        contract.cleanSlate();
        money = new Money(contract);
        long seed = Long.getLong("dts.test.seed", 20_261_201L);
        LOG.info("BalanceConservationChecks random seed " + seed + " (replay with -Ddts.test.seed=" + seed + ")");
        random = new Random(seed);
        tower = api.newAccount("cons-tower");
    }

    @Test
    void balancesStakesAndThePoolAddUpThroughALongRandomRunChangedOnlyByMints() {
        JsonObject accountBefore = money.poolAccount();
        long before = money.pool(); // the actors do not exist yet
        for (int i = 0; i < 8; i++) {
            actors.add(contract.newAccount("cons" + i, 0));
            mint(actors.get(i), 5_000 + random.nextInt(20_000));
        }
        // A signer with a large stake whose slashes fill the pool enough to pay some rewards.
        TestSigner donor = contract.newAccount("cons-donor", 0);
        actors.add(donor);
        mint(donor, 2_100_000);
        expectOneOf(contract.register(donor, 2_000_000), 201);
        signers.add(donor);

        for (int step = 0; step < STEPS; step++) {
            String outcome = switch (random.nextInt(10)) {
                case 0 -> mintSome();
                case 1 -> register();
                case 2, 3 -> sign();
                case 4 -> propose();
                case 5 -> ownerSlash();
                case 6 -> rotate();
                case 7, 8 -> claim();
                default -> reportOrLeave();
            };
            outcomes.merge(outcome, 1, Integer::sum);
            if (step % 20 == 19) {
                assertThat(total()).as("after step " + step + " of " + outcomes).isEqualTo(before + minted);
            }
        }
        LOG.info("BalanceConservationChecks outcomes " + outcomes + ", minted " + minted);

        assertThat(total()).as("balances + stakes + pool after " + outcomes).isEqualTo(before + minted);
        assertThat(stakesOfSigners()).as("signers' stakes are their accounts' locked stakes").isEqualTo(
                actors.stream().mapToLong(money::lockedStake).sum());
        JsonObject accountAfter = money.poolAccount();
        long in = delta(accountBefore, accountAfter, "fees", "total") + delta(accountBefore, accountAfter, null, "slashed");
        long out = delta(accountBefore, accountAfter, null, "rewardsPaid");
        assertThat(money.pool()).as("the pool's own account: what came in minus what was paid").isEqualTo(before + in - out);
        assertThat(outcomes.keySet()).as("the run exercised fees, slashes and claims")
                .contains("signed", "slashed-invalid", "proposed", "claimed", "claim-127", "rotated", "registered");
    }

    private long total() {
        return actors.stream().mapToLong(a -> {
            JsonObject me = contract.account(a);
            return me.getJsonNumber("balance").longValue() + me.getJsonNumber("lockedStake").longValue();
        }).sum() + money.pool();
    }

    private long stakesOfSigners() {
        List<String> names = signers.stream().map(TestSigner::name).toList();
        return contract.signers().stream().map(JsonValue::asJsonObject)
                .filter(s -> names.contains(s.getString("name")))
                .mapToLong(s -> s.getJsonNumber("stake").longValue()).sum();
    }

    private void mint(TestSigner who, long amount) {
        contract.mint(who.name(), amount);
        minted += amount;
    }

    private String mintSome() {
        mint(pick(actors), 1_000 + random.nextInt(50_000));
        return "minted";
    }

    /** A small stake mostly; now and then a large one, whose slash fills the pool enough to pay claims. */
    private String register() {
        List<TestSigner> free = actors.stream().filter(a -> !signers.contains(a)).toList();
        if (free.isEmpty()) {
            return "register-none-left";
        }
        TestSigner who = pick(free);
        long stake = random.nextInt(5) == 0 ? 100_000 + random.nextInt(300_000) : Contract.MIN_STAKE + random.nextInt(4_000);
        if (random.nextBoolean()) {
            mint(who, stake + stake / 100);
        }
        Answer answer = expectOneOf(contract.register(who, stake), 201, 102);
        if (answer.status() == 201) {
            signers.add(who);
            return "registered";
        }
        return "register-102";
    }

    /** A request, and partials from some signers: most valid (fee), some invalid (slashed), some outside (106). */
    private String sign() {
        if (signers.isEmpty()) {
            return "sign-nobody";
        }
        String hash = money.openRequest();
        String last = "sign-refused";
        for (TestSigner who : signers) {
            if (random.nextInt(3) == 0) {
                continue;
            }
            boolean valid = random.nextInt(6) != 0;
            int status = expectOneOf(money.submitPartial(who, hash, valid), 201, 200, 106, 103).status();
            if (status == 201) {
                last = "signed";
            } else if (status == 422) {
                outcomes.merge("slashed-invalid", 1, Integer::sum);
            }
        }
        return last;
    }

    private String propose() {
        if (signers.isEmpty()) {
            return "propose-nobody";
        }
        TestSigner who = pick(signers);
        Answer answer = expectOneOf(new Governance(contract).proposeParameter(who, "proposalFee", 10_000), 201, 100, 102, 119);
        return answer.status() == 201 ? "proposed" : "propose-" + answer.code();
    }

    private String ownerSlash() {
        if (signers.isEmpty()) {
            return "slash-nobody";
        }
        boolean large = random.nextBoolean();
        TestSigner who = large ? signers.get(0) : pick(signers);
        long stake = money.stake(who);
        if (stake == 0) {
            return "slash-empty";
        }
        money.slash(who, Math.min(stake, large ? 100_000 + random.nextInt(300_000) : 1 + (long) (random.nextDouble() * stake)));
        return "slashed-by-owner";
    }

    private String rotate() {
        closedEpochs.add(money.closeEpoch());
        return "rotated";
    }

    private String claim() {
        List<JsonObject> open = money.rewards("claimed=false&limit=1000").stream()
                .filter(r -> actors.stream().anyMatch(a -> a.name().equals(r.getString("signer")))).toList();
        if (open.isEmpty()) {
            return "claim-none-open";
        }
        JsonObject reward = open.get(random.nextInt(open.size()));
        TestSigner who = actors.stream().filter(a -> a.name().equals(reward.getString("signer"))).findFirst().orElseThrow();
        Answer answer = expectOneOf(money.claim(who, reward.getJsonNumber("epoch").longValue()), 200, 126, 127);
        if (answer.status() == 200) {
            expectOneOf(money.claim(who, reward.getJsonNumber("epoch").longValue()), 126);
            return "claimed";
        }
        return "claim-" + answer.code();
    }

    private String reportOrLeave() {
        if (signers.isEmpty()) {
            return "report-nobody";
        }
        TestSigner who = pick(signers);
        if (random.nextInt(4) == 0) {
            expectOneOf(api.send("DELETE", "api/v1/signers/" + who.name() + "/active", who.name(), who.password()), 200);
            return "left";
        }
        money.report(tower, who, random.nextInt(101), random.nextInt(101), random.nextInt(2));
        return "reported";
    }

    /** The answer, asserted to be one of {@code outcomes}: its HTTP status when it succeeded, its DTS code otherwise. */
    private Answer expectOneOf(Answer answer, Integer... outcomes) {
        int outcome = answer.status() < 300 ? answer.status() : answer.code();
        assertThat(outcome).as(answer.status() + " " + answer.body()).isIn((Object[]) outcomes);
        return answer;
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static long delta(JsonObject before, JsonObject after, String object, String field) {
        JsonObject b = object == null ? before : before.getJsonObject(object);
        JsonObject a = object == null ? after : after.getJsonObject(object);
        return a.getJsonNumber(field).longValue() - b.getJsonNumber(field).longValue();
    }

}
