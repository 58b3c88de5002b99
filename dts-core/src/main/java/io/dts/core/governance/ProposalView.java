package io.dts.core.governance;

import io.dts.persistence.governance.Proposal;

/** A proposal as the API shows it ({@code GET /proposals/{id}}). */
public record ProposalView(long id, String proposer, String title, String description, String type, String parameter,
        Long value, String signer, long fee, long createdHeight, long endHeight, String status, long votesFor,
        long votesAgainst, int voters, Long totalVotingPower, Long finalizedHeight, Long executeAtHeight,
        Long executedHeight, String executionResult) {

    static ProposalView of(Proposal p) {
        return new ProposalView(p.getId(), p.getProposer(), p.getTitle(), p.getDescription(), p.getType(),
                p.getParameter(), p.getNewValue(), p.getTargetSigner(), p.getFee(), p.getCreatedHeight(),
                p.getEndHeight(), p.getStatus(), p.getVotesFor(), p.getVotesAgainst(), p.getVoters(), p.getTotalPower(),
                p.getFinalizedHeight(), p.getExecuteAtHeight(), p.getExecutedHeight(), p.getExecutionResult());
    }
}
