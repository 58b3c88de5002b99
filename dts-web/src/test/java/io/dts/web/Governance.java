package io.dts.web;

import static io.dts.web.Api.OWNER;
import static io.dts.web.Api.OWNER_PASSWORD;

import io.dts.web.Api.Answer;
import io.dts.web.Contract.TestSigner;
import jakarta.json.JsonObject;
import java.time.Duration;

/** Governance as the tests drive it over REST: proposals, votes, finalize, and waiting for heights. */
public final class Governance {

    /** Long enough for a few votes over REST on a busy machine, at one block per second. */
    public static final long VOTING_DURATION = 8;

    private final Api api;
    private final Contract contract;

    public Governance(Contract contract) {
        this.api = contract.api();
        this.contract = contract;
    }

    /** A signer of {@code stake} in the network with enough balance left for {@code fees} proposal fees. */
    public TestSigner member(String prefix, long stake, int fees) {
        TestSigner signer = contract.newSigner(prefix, stake);
        long fee = params().getJsonNumber("proposalFee").longValue();
        if (fees > 0 && fee > 0) {
            contract.mint(signer.name(), fee * fees);
        }
        return signer;
    }

    /**
     * Governance on a network with an empty committee and a fresh epoch, once no change another group
     * queued is still waiting to land (see {@link #awaitNothingQueued}).
     */
    public static Governance onACleanSlate(Contract contract) {
        contract.cleanSlate();
        Governance governance = new Governance(contract);
        governance.awaitNothingQueued();
        return governance;
    }

    /**
     * Waits until no passed proposal waits out its timelock: the groups share one network, so a change
     * another group queued must land before a test reads the parameters it compares against.
     */
    private void awaitNothingQueued() {
        if (!Contract.eventually(Duration.ofSeconds(60),
                () -> Api.parseArray(api.get("api/v1/proposals?status=QUEUED").body()).isEmpty())) {
            throw new AssertionError("a passed proposal was still waiting for its execution after 60 s");
        }
    }

    public JsonObject params() {
        return contract.network().getJsonObject("params");
    }

    public Answer propose(TestSigner who, String json) {
        return api.post("api/v1/proposals", json, who.name(), who.password());
    }

    public Answer proposeParameter(TestSigner who, String parameter, long value) {
        return propose(who, "{\"title\":\"Set " + parameter + "\",\"description\":\"to " + value + "\","
                + "\"type\":\"PARAMETER_CHANGE\",\"votingDuration\":" + VOTING_DURATION + ",\"parameter\":\"" + parameter
                + "\",\"value\":" + value + "}");
    }

    /** Proposes and asserts it was created; returns the proposal. */
    public JsonObject created(Answer proposed) {
        if (proposed.status() != 201) {
            throw new AssertionError("proposal refused: " + proposed.status() + " " + proposed.body());
        }
        return proposed.json();
    }

    public Answer vote(TestSigner who, long proposal, Boolean support) {
        return api.post("api/v1/proposals/" + proposal + "/votes", support == null ? "{}" : "{\"support\":" + support + "}",
                who.name(), who.password());
    }

    /** Votes and asserts the vote counted. */
    public void voted(TestSigner who, long proposal, boolean support) {
        Answer vote = vote(who, proposal, support);
        if (vote.status() != 200) {
            throw new AssertionError("vote refused: " + vote.status() + " " + vote.body());
        }
    }

    public Answer finalizeBy(TestSigner who, long proposal) {
        return api.post("api/v1/proposals/" + proposal + "/finalize", "", who.name(), who.password());
    }

    public JsonObject proposal(long id) {
        return api.get("api/v1/proposals/" + id).json();
    }

    public long height() {
        return contract.network().getJsonNumber("blockHeight").longValue();
    }

    /** Waits until the block height is past {@code height}. */
    public void waitPast(long height) {
        if (!Contract.eventually(Duration.ofSeconds(60), () -> height() > height)) {
            throw new AssertionError("the block height did not pass " + height);
        }
    }

    /** Waits for the end of the vote, then finalizes; returns the finalized proposal. */
    public JsonObject finalizedAfterTheVote(TestSigner who, JsonObject proposal) {
        waitPast(proposal.getJsonNumber("endHeight").longValue());
        Answer finalized = finalizeBy(who, proposal.getJsonNumber("id").longValue());
        if (finalized.status() != 200) {
            throw new AssertionError("finalize refused: " + finalized.status() + " " + finalized.body());
        }
        return finalized.json();
    }

    public void setPaused(boolean paused) {
        Answer answer = api.post("api/v1/network/" + (paused ? "pause" : "unpause"), "", OWNER, OWNER_PASSWORD);
        if (answer.status() != 200) {
            throw new AssertionError("could not " + (paused ? "pause" : "unpause") + ": " + answer.body());
        }
    }

    /** The PROPOSAL_EXECUTED events of {@code proposal} after event {@code since}. */
    public java.util.List<JsonObject> executions(long since, long proposal) {
        return contract.eventsAfter(since, "PROPOSAL_EXECUTED").stream()
                .filter(e -> e.getJsonObject("data").getJsonNumber("proposal").longValue() == proposal)
                .toList();
    }
}
