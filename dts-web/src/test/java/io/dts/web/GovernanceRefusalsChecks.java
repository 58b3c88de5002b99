package io.dts.web;

import static io.dts.web.Api.OWNER;
import static io.dts.web.Api.OWNER_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.dts.web.Api.Answer;
import io.dts.web.Contract.TestSigner;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every refusal of proposing, voting and finalizing, with its code and status, and nothing changed. */
abstract class GovernanceRefusalsChecks extends DeployedDts {

    private static final long STAKE = 10_000;
    private static final String EVIDENCE = "ab".repeat(32);

    private Governance governance;

    @BeforeEach
    void cleanSlate() {
        governance = Governance.onACleanSlate(contract);
    }

    @Test
    void onlySignersInTheNetworkProposeAndVote100() {
        TestSigner alice = governance.member("gov-alice", STAKE, 1);
        TestSigner stranger = contract.newAccount("gov-stranger", 100_000);
        TestSigner leaver = governance.member("gov-leaver", STAKE, 1);
        assertThat(api.send("DELETE", "api/v1/signers/" + leaver.name() + "/active", leaver.name(), leaver.password())
                .status()).isEqualTo(200);
        long id = governance.created(governance.proposeParameter(alice, "quorum", 30)).getJsonNumber("id").longValue();
        long newest = newestProposal();

        refused(governance.proposeParameter(stranger, "quorum", 30), 403, 100);
        refused(governance.proposeParameter(leaver, "quorum", 30), 403, 100);
        refused(governance.vote(stranger, id, true), 403, 100);
        refused(governance.vote(leaver, id, true), 403, 100);

        assertThat(newestProposal()).isEqualTo(newest);
        assertThat(contract.account(stranger).getJsonNumber("balance").longValue()).isEqualTo(100_000);
        assertThat(governance.proposal(id).getInt("voters")).isZero();
    }

    @Test
    void aSignerBelowTheMinimumReputationMayNotPropose119() {
        TestSigner slashed = governance.member("gov-slashed", STAKE, 1);
        for (int i = 0; i < 2; i++) {
            Answer slash = api.post("api/v1/signers/" + slashed.name() + "/slash",
                    "{\"amount\":1,\"evidence\":\"" + EVIDENCE + "\"}", OWNER, OWNER_PASSWORD);
            assertThat(slash.status()).isEqualTo(200);
        }
        contract.rotateNow();  // reputation recomputed: about 90 − 2 × 10
        int reputation = contract.signer(slashed.name()).getInt("reputationScore");
        assertThat(reputation).isLessThan(governance.params().getInt("minReputationToPropose"));
        long balance = contract.account(slashed).getJsonNumber("balance").longValue();
        long newest = newestProposal();

        refused(governance.proposeParameter(slashed, "quorum", 30), 403, 119);

        assertThat(newestProposal()).isEqualTo(newest);
        assertThat(contract.account(slashed).getJsonNumber("balance").longValue()).isEqualTo(balance);
    }

    @Test
    void invalidProposalsAreRefused101() {
        TestSigner alice = governance.member("gov-alice", STAKE, 1);
        long balance = contract.account(alice).getJsonNumber("balance").longValue();
        long newest = newestProposal();
        long tooShort = governance.params().getJsonNumber("minProposalDuration").longValue() - 1;

        refused(governance.propose(alice, "{\"title\":\"Short\",\"type\":\"PAUSE\",\"votingDuration\":" + tooShort + "}"), 400, 101);
        refused(governance.propose(alice, "{\"title\":\"What\",\"type\":\"MINT\",\"votingDuration\":8}"), 400, 101);
        refused(governance.propose(alice, "{\"title\":\" \",\"type\":\"PAUSE\",\"votingDuration\":8}"), 400, 101);
        refused(governance.proposeParameter(alice, "signatureThreshold", Contract.TOTAL_SIGNERS + 1), 400, 101);
        refused(governance.proposeParameter(alice, "totalSigners", Contract.THRESHOLD - 1), 400, 101);
        refused(governance.proposeParameter(alice, "governanceThreshold", 0), 400, 101);
        refused(governance.proposeParameter(alice, "owner", 1), 400, 101);
        refused(governance.propose(alice, "{\"title\":\"Remove\",\"type\":\"SIGNER_REMOVAL\",\"votingDuration\":8,"
                + "\"signer\":\"nobody-" + alice.name() + "\"}"), 400, 101);

        assertThat(newestProposal()).isEqualTo(newest);
        assertThat(contract.account(alice).getJsonNumber("balance").longValue()).isEqualTo(balance);
    }

    @Test
    void aProposerWhoCannotPayTheFeeIsRefused102() {
        TestSigner poor = contract.newSigner("gov-poor", Contract.MIN_STAKE);   // balance left: the stake
        long fee = governance.params().getJsonNumber("proposalFee").longValue();
        long balance = contract.account(poor).getJsonNumber("balance").longValue();
        assertThat(balance).isLessThan(fee);
        long pool = contract.network().getJsonNumber("rewardPool").longValue();
        long newest = newestProposal();

        refused(governance.proposeParameter(poor, "quorum", 30), 409, 102);

        assertThat(newestProposal()).isEqualTo(newest);
        assertThat(contract.account(poor).getJsonNumber("balance").longValue()).isEqualTo(balance);
        assertThat(contract.network().getJsonNumber("rewardPool").longValue()).isEqualTo(pool);
    }

    @Test
    void votesAndFinalizingOutOfTurnAreRefused112To116() {
        TestSigner alice = governance.member("gov-alice", STAKE, 1);
        TestSigner bob = governance.member("gov-bob", STAKE, 0);
        JsonObject proposal = governance.created(governance.proposeParameter(alice, "quorum", 30));
        long id = proposal.getJsonNumber("id").longValue();

        refused(governance.finalizeBy(bob, id), 409, 112);
        governance.voted(alice, id, true);
        refused(governance.vote(alice, id, false), 409, 113);
        refused(governance.vote(bob, id, null), 400, 115);
        refused(api.post("api/v1/proposals/" + id + "/votes", "{\"support\":null}", bob.name(), bob.password()), 400, 115);
        refused(api.post("api/v1/proposals/" + id + "/votes", "{\"support\":\"yes\"}", bob.name(), bob.password()), 400, 115);
        refused(api.post("api/v1/proposals/" + id + "/votes", "[true]", bob.name(), bob.password()), 400, 115);
        refused(api.post("api/v1/proposals/" + id + "/votes", "{support", bob.name(), bob.password()), 400, 123);
        refused(governance.vote(bob, 999_999_999L, true), 404, 114);
        refused(governance.finalizeBy(bob, 999_999_999L), 404, 114);
        refused(api.get("api/v1/proposals/999999999"), 404, 114);
        JsonObject unchanged = governance.proposal(id);
        assertThat(unchanged.getJsonNumber("votesFor").longValue()).isEqualTo(100);
        assertThat(unchanged.getJsonNumber("votesAgainst").longValue()).isZero();
        assertThat(unchanged.getInt("voters")).isEqualTo(1);

        governance.waitPast(proposal.getJsonNumber("endHeight").longValue());
        refused(governance.vote(bob, id, true), 409, 116);
        JsonObject finalized = governance.finalizedAfterTheVote(bob, proposal);
        refused(governance.finalizeBy(bob, id), 409, 116);
        refused(governance.vote(bob, id, true), 409, 116);
        assertThat(governance.proposal(id).getJsonNumber("votesFor").longValue())
                .isEqualTo(finalized.getJsonNumber("votesFor").longValue());
    }

    @Test
    void whilePausedProposingVotingAndFinalizingAreRefused118() {
        TestSigner alice = governance.member("gov-alice", STAKE, 2);
        TestSigner bob = governance.member("gov-bob", STAKE, 0);
        JsonObject proposal = governance.created(governance.proposeParameter(alice, "quorum", 30));
        long id = proposal.getJsonNumber("id").longValue();
        long newest = newestProposal();
        long balance = contract.account(alice).getJsonNumber("balance").longValue();
        governance.setPaused(true);
        try {
            refused(governance.proposeParameter(alice, "quorum", 25), 503, 118);
            refused(governance.vote(bob, id, true), 503, 118);
            governance.waitPast(proposal.getJsonNumber("endHeight").longValue());
            refused(governance.finalizeBy(bob, id), 503, 118);
        } finally {
            governance.setPaused(false);
        }
        assertThat(newestProposal()).isEqualTo(newest);
        assertThat(contract.account(alice).getJsonNumber("balance").longValue()).isEqualTo(balance);
        assertThat(governance.proposal(id).getString("status")).isEqualTo("ACTIVE");
        assertThat(governance.proposal(id).getInt("voters")).isZero();
    }

    @Test
    void proposalsAreListedNewestFirstByStatus() {
        TestSigner alice = governance.member("gov-alice", STAKE, 2);
        long first = governance.created(governance.proposeParameter(alice, "quorum", 30)).getJsonNumber("id").longValue();
        long second = governance.created(governance.proposeParameter(alice, "quorum", 31)).getJsonNumber("id").longValue();

        var active = Api.parseArray(api.get("api/v1/proposals?status=ACTIVE&limit=2").body());

        assertThat(active).extracting(v -> v.asJsonObject().getJsonNumber("id").longValue()).containsExactly(second, first);
        refused(api.get("api/v1/proposals?status=DONE"), 400, 101);
        refused(api.get("api/v1/proposals?limit=0"), 400, 101);
        refused(api.get("api/v1/proposals?limit=4294967297"), 400, 101);
    }

    private long newestProposal() {
        var newest = Api.parseArray(api.get("api/v1/proposals?limit=1").body());
        return newest.isEmpty() ? 0 : newest.get(0).asJsonObject().getJsonNumber("id").longValue();
    }

    private static void refused(Answer answer, int status, int code) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.code()).as(answer.body()).isEqualTo(code);
    }
}
