package io.dts.web.pages;

import io.dts.core.governance.ProposalStatus;
import io.dts.core.governance.ProposalType;
import io.dts.core.governance.ProposalView;

/**
 * One proposal as the proposals page shows it: what it changes, the votes, and where it stands at the
 * current height, with block counts also in approximate time.
 */
public final class ProposalRow {

    private final ProposalView proposal;
    private final long height;
    private final double intervalSeconds;

    ProposalRow(ProposalView proposal, long height, double intervalSeconds) {
        this.proposal = proposal;
        this.height = height;
        this.intervalSeconds = intervalSeconds;
    }

    public ProposalView getProposal() {
        return proposal;
    }

    public long getId() {
        return proposal.id();
    }

    public String getStatus() {
        return proposal.status();
    }

    /** What the proposal does if it passes, in words. */
    public String getChange() {
        return switch (ProposalType.valueOf(proposal.type())) {
            case PARAMETER_CHANGE -> "Set " + proposal.parameter() + " to " + proposal.value();
            case SIGNER_REMOVAL -> "Remove signer " + proposal.signer();
            case PAUSE -> "Pause the network";
            case UNPAUSE -> "Unpause the network";
        };
    }

    public String getVotes() {
        String votes = "For " + proposal.votesFor() + ", against " + proposal.votesAgainst() + " voting power ("
                + proposal.voters() + (proposal.voters() == 1 ? " voter" : " voters") + ")";
        return proposal.totalVotingPower() == null ? votes : votes + " of " + proposal.totalVotingPower() + " in the network";
    }

    /** Votes are taken while the status is ACTIVE and the height has not passed the end height. */
    public boolean isOpen() {
        return ProposalStatus.ACTIVE.name().equals(proposal.status()) && height <= proposal.endHeight();
    }

    /** Voting is over and nobody has finalized yet. */
    public boolean isFinalizable() {
        return ProposalStatus.ACTIVE.name().equals(proposal.status()) && height > proposal.endHeight();
    }

    public boolean isQueued() {
        return ProposalStatus.QUEUED.name().equals(proposal.status());
    }

    /** Where the proposal stands now, e.g. the votes left to cast or the timelock's countdown. */
    public String getStanding() {
        return switch (ProposalStatus.valueOf(proposal.status())) {
            case ACTIVE -> isOpen()
                    ? "Voting open until height " + proposal.endHeight() + ": "
                            + BlockTime.span(proposal.endHeight() - height + 1, intervalSeconds) + " left"
                    : "Voting ended at height " + proposal.endHeight() + "; anyone signed in may finalize it";
            case QUEUED -> getCountdown();
            case REJECTED -> "Rejected at height " + proposal.finalizedHeight() + ": " + proposal.executionResult();
            case EXECUTED -> "Executed at height " + proposal.executedHeight() + ": " + proposal.executionResult();
            case FAILED_EXECUTION -> "Failed at height " + proposal.executedHeight() + ", nothing changed: "
                    + proposal.executionResult();
        };
    }

    /** The timelock of a passed proposal: how long until it executes. */
    public String getCountdown() {
        if (!isQueued() || proposal.executeAtHeight() == null) {
            return "";
        }
        long left = proposal.executeAtHeight() - height;
        return "Passed; timelock: executes at height " + proposal.executeAtHeight() + ", "
                + (left > 0 ? "in " + BlockTime.span(left, intervalSeconds) : "due now, with the next block");
    }
}
