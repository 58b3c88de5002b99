package io.dts.web;

import static io.dts.web.Api.OWNER;
import static io.dts.web.Api.OWNER_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.dts.web.Api.Answer;
import io.dts.web.Contract.TestSigner;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Governance outcomes inside Payara Micro: a parameter change that passes, waits out its timelock and
 * changes the network once; one rejected by votes and one short of quorum that change nothing; a
 * signer removed by proposal; a pause ended by the signers. Each test empties the committee first,
 * so its own signers hold all the voting power. Only governance parameters are changed.
 */
abstract class GovernanceChecks extends DeployedDts {

    /** Stake giving 100 voting power: (10 000 × 10 000 + 100 × 100) / 1 000 000. */
    private static final long STAKE = 10_000;

    private Governance governance;

    @BeforeEach
    void cleanSlate() {
        governance = Governance.onACleanSlate(contract);
    }

    @Test
    void aPassedParameterChangeWaitsOutItsTimelockAndChangesTheNetworkOnce() {
        TestSigner alice = governance.member("gov-alice", STAKE, 1);
        TestSigner bob = governance.member("gov-bob", STAKE, 0);
        governance.member("gov-carol", STAKE, 0);
        long fee = governance.params().getJsonNumber("proposalFee").longValue();
        long newFee = fee + 1;
        long poolBefore = contract.network().getJsonNumber("rewardPool").longValue();
        long balanceBefore = contract.account(alice).getJsonNumber("balance").longValue();
        long eventsBefore = contract.lastEventId();

        JsonObject proposal = governance.created(governance.proposeParameter(alice, "proposalFee", newFee));
        long id = proposal.getJsonNumber("id").longValue();
        assertThat(proposal.getString("status")).isEqualTo("ACTIVE");
        assertThat(proposal.getJsonNumber("endHeight").longValue())
                .isEqualTo(proposal.getJsonNumber("createdHeight").longValue() + Governance.VOTING_DURATION);
        assertThat(contract.account(alice).getJsonNumber("balance").longValue()).isEqualTo(balanceBefore - fee);
        assertThat(contract.network().getJsonNumber("rewardPool").longValue()).isEqualTo(poolBefore + fee);

        governance.voted(alice, id, true);
        governance.voted(bob, id, true);
        JsonObject finalized = governance.finalizedAfterTheVote(bob, proposal);

        assertThat(finalized.getString("status")).isEqualTo("QUEUED");
        assertThat(finalized.getJsonNumber("votesFor").longValue()).isEqualTo(200);
        assertThat(finalized.getInt("voters")).isEqualTo(2);
        assertThat(finalized.getJsonNumber("totalVotingPower").longValue()).isEqualTo(300);
        long executeAt = finalized.getJsonNumber("executeAtHeight").longValue();
        assertThat(executeAt).isEqualTo(finalized.getJsonNumber("endHeight").longValue() + Contract.EXECUTION_DELAY);

        assertThat(Contract.eventually(Duration.ofSeconds(60),
                () -> governance.proposal(id).getString("status").equals("EXECUTED"))).isTrue();
        governance.waitPast(governance.height() + 3);
        assertThat(governance.params().getJsonNumber("proposalFee").longValue()).isEqualTo(newFee);
        List<JsonObject> executions = governance.executions(eventsBefore, id);
        assertThat(executions).hasSize(1);
        JsonObject executed = executions.get(0);
        assertThat(executed.getJsonNumber("height").longValue()).isGreaterThanOrEqualTo(executeAt);
        assertThat(executed.getJsonObject("data").getString("parameter")).isEqualTo("proposalFee");
        assertThat(executed.getJsonObject("data").getJsonNumber("oldValue").longValue()).isEqualTo(fee);
        assertThat(executed.getJsonObject("data").getJsonNumber("newValue").longValue()).isEqualTo(newFee);
        JsonObject done = governance.proposal(id);
        assertThat(done.getJsonNumber("executedHeight").longValue()).isGreaterThanOrEqualTo(executeAt);
        assertThat(done.getString("executionResult")).contains("proposalFee " + fee + " -> " + newFee);
        assertThat(contract.eventsAfter(eventsBefore, "PROPOSAL_CREATED")).hasSize(1);
        assertThat(contract.eventsAfter(eventsBefore, "VOTE_CAST")).hasSize(2);
        assertThat(contract.eventsAfter(eventsBefore, "PROPOSAL_FINALIZED")).hasSize(1);
    }

    @Test
    void aProposalVotedDownIsRejectedAndChangesNothing() {
        TestSigner alice = governance.member("gov-alice", STAKE, 1);
        TestSigner bob = governance.member("gov-bob", STAKE, 0);
        TestSigner carol = governance.member("gov-carol", STAKE, 0);
        JsonObject before = governance.params();
        long eventsBefore = contract.lastEventId();

        JsonObject proposal = governance.created(governance.proposeParameter(alice, "quorum",
                before.getInt("quorum") + 5));
        long id = proposal.getJsonNumber("id").longValue();
        governance.voted(alice, id, true);
        governance.voted(bob, id, false);
        governance.voted(carol, id, false);
        JsonObject finalized = governance.finalizedAfterTheVote(alice, proposal);

        assertThat(finalized.getString("status")).isEqualTo("REJECTED");
        assertThat(finalized.getJsonNumber("votesFor").longValue()).isEqualTo(100);
        assertThat(finalized.getJsonNumber("votesAgainst").longValue()).isEqualTo(200);
        assertThat(finalized.getString("executionResult")).startsWith("below the threshold");
        assertThat(finalized.isNull("executeAtHeight")).isTrue();
        governance.waitPast(governance.height() + Contract.EXECUTION_DELAY + 2);
        assertThat(governance.params()).isEqualTo(before);
        assertThat(governance.proposal(id).getString("status")).isEqualTo("REJECTED");
        assertThat(governance.executions(eventsBefore, id)).isEmpty();
        assertThat(contract.eventsAfter(eventsBefore, "PROPOSAL_FINALIZED").get(0).getJsonObject("data")
                .getString("outcome")).isEqualTo("REJECTED");
    }

    @Test
    void aUnanimousProposalShortOfTheQuorumIsRejectedAndChangesNothing() {
        governance.member("gov-whale-a", STAKE, 0);
        governance.member("gov-whale-b", STAKE, 0);
        governance.member("gov-whale-c", STAKE, 0);
        TestSigner minnow = governance.member("gov-minnow", 1_000, 1);
        JsonObject before = governance.params();
        int quorum = before.getInt("quorum");
        // 10 of 310 voting power is below any quorum above 3 %.
        assertThat(quorum).isGreaterThan(3);
        long eventsBefore = contract.lastEventId();

        JsonObject proposal = governance.created(governance.proposeParameter(minnow, "governanceThreshold", 51));
        long id = proposal.getJsonNumber("id").longValue();
        governance.voted(minnow, id, true);
        JsonObject finalized = governance.finalizedAfterTheVote(minnow, proposal);

        assertThat(finalized.getString("status")).isEqualTo("REJECTED");
        assertThat(finalized.getJsonNumber("votesFor").longValue()).isEqualTo(10);
        assertThat(finalized.getJsonNumber("votesAgainst").longValue()).isZero();
        assertThat(finalized.getJsonNumber("totalVotingPower").longValue()).isEqualTo(310);
        assertThat(finalized.getString("executionResult")).startsWith("no quorum");
        governance.waitPast(governance.height() + Contract.EXECUTION_DELAY + 2);
        assertThat(governance.params()).isEqualTo(before);
        assertThat(governance.executions(eventsBefore, id)).isEmpty();
    }

    @Test
    void aSignerIsRemovedByProposalAndABackupTakesItsSeat() {
        TestSigner alice = governance.member("gov-alice", STAKE, 1);
        TestSigner bob = governance.member("gov-bob", STAKE, 0);
        TestSigner target = governance.member("gov-target", 1_000, 0);
        governance.member("gov-seat3", 1_000, 0);
        governance.member("gov-seat4", 1_000, 0);
        TestSigner backup = governance.member("gov-backup", 1_000, 0);
        assertThat(contract.signer(target.name()).getString("status")).isEqualTo("PRIMARY");
        assertThat(contract.signer(backup.name()).getString("status")).isEqualTo("BACKUP");
        long eventsBefore = contract.lastEventId();

        JsonObject proposal = governance.created(governance.propose(alice, "{\"title\":\"Remove " + target.name()
                + "\",\"description\":\"misbehaves\",\"type\":\"SIGNER_REMOVAL\",\"votingDuration\":"
                + Governance.VOTING_DURATION + ",\"signer\":\"" + target.name() + "\"}"));
        long id = proposal.getJsonNumber("id").longValue();
        assertThat(proposal.getString("signer")).isEqualTo(target.name());
        governance.voted(alice, id, true);
        governance.voted(bob, id, true);
        assertThat(governance.finalizedAfterTheVote(alice, proposal).getString("status")).isEqualTo("QUEUED");

        assertThat(Contract.eventually(Duration.ofSeconds(60),
                () -> contract.signer(target.name()).getString("status").equals("REMOVED"))).isTrue();
        assertThat(governance.proposal(id).getString("status")).isEqualTo("EXECUTED");
        assertThat(contract.signer(backup.name()).getString("status")).isEqualTo("PRIMARY");
        List<JsonObject> removed = contract.eventsAfter(eventsBefore, "SIGNER_REMOVED");
        assertThat(removed).hasSize(1);
        assertThat(removed.get(0).getJsonObject("data").getJsonNumber("proposal").longValue()).isEqualTo(id);
        JsonObject executed = governance.executions(eventsBefore, id).get(0).getJsonObject("data");
        assertThat(executed.getString("oldValue")).isEqualTo("PRIMARY");
        assertThat(executed.getString("newValue")).isEqualTo("REMOVED");
    }

    @Test
    void whilePausedTheSignersCanStillProposeVoteAndExecuteAnUnpause() {
        TestSigner alice = governance.member("gov-alice", STAKE, 1);
        TestSigner bob = governance.member("gov-bob", STAKE, 0);
        governance.setPaused(true);
        try {
            JsonObject proposal = governance.created(governance.propose(alice, "{\"title\":\"Resume\",\"description\":\"\","
                    + "\"type\":\"UNPAUSE\",\"votingDuration\":" + Governance.VOTING_DURATION + "}"));
            long id = proposal.getJsonNumber("id").longValue();
            governance.voted(alice, id, true);
            governance.voted(bob, id, true);
            assertThat(governance.finalizedAfterTheVote(bob, proposal).getString("status")).isEqualTo("QUEUED");

            assertThat(Contract.eventually(Duration.ofSeconds(60), () -> !contract.network().getBoolean("paused"))).isTrue();
            assertThat(governance.proposal(id).getString("status")).isEqualTo("EXECUTED");
        } finally {
            Answer unpaused = api.post("api/v1/network/unpause", "", OWNER, OWNER_PASSWORD);
            assertThat(unpaused.status()).isEqualTo(200);
        }
    }

    @Test
    void aChangeThatBecameInvalidBeforeItsExecutionFailsAndChangesNothing() {
        TestSigner alice = governance.member("gov-alice", STAKE, 3);
        TestSigner bob = governance.member("gov-bob", STAKE, 0);
        JsonObject before = governance.params();
        long eventsBefore = contract.lastEventId();

        // Each valid against today's parameters; after the first, the second would leave totalSigners < requiredSigners.
        JsonObject raiseRequired = governance.created(governance.proposeParameter(alice, "requiredSigners", Contract.TOTAL_SIGNERS));
        JsonObject shrinkTotal = governance.created(governance.proposeParameter(alice, "totalSigners", Contract.THRESHOLD + 1));
        JsonObject restoreRequired = governance.created(governance.proposeParameter(alice, "requiredSigners",
                before.getInt("requiredSigners")));
        List<JsonObject> inOrder = List.of(raiseRequired, shrinkTotal, restoreRequired);
        for (JsonObject proposal : inOrder) {
            governance.voted(alice, proposal.getJsonNumber("id").longValue(), true);
            governance.voted(bob, proposal.getJsonNumber("id").longValue(), true);
        }
        for (JsonObject proposal : inOrder) {
            assertThat(governance.finalizedAfterTheVote(bob, proposal).getString("status")).isEqualTo("QUEUED");
        }
        long lastId = restoreRequired.getJsonNumber("id").longValue();
        assertThat(Contract.eventually(Duration.ofSeconds(60),
                () -> !governance.proposal(lastId).getString("status").equals("QUEUED"))).isTrue();

        long shrinkId = shrinkTotal.getJsonNumber("id").longValue();
        assertThat(governance.proposal(raiseRequired.getJsonNumber("id").longValue()).getString("status")).isEqualTo("EXECUTED");
        assertThat(governance.proposal(lastId).getString("status")).isEqualTo("EXECUTED");
        JsonObject failed = governance.proposal(shrinkId);
        assertThat(failed.getString("status")).isEqualTo("FAILED_EXECUTION");
        assertThat(failed.getString("executionResult")).contains("totalSigners must be at least requiredSigners");
        assertThat(governance.executions(eventsBefore, shrinkId).get(0).getJsonObject("data").getString("status"))
                .isEqualTo("FAILED_EXECUTION");
        assertThat(governance.params()).isEqualTo(before);
    }
}
