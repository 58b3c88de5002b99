package io.dts.core.governance;

import io.dts.core.error.DtsException;
import io.dts.core.error.ErrorCode;
import io.dts.core.events.EventLog;
import io.dts.core.events.EventType;
import io.dts.core.events.WritesEvents;
import io.dts.core.network.NetworkRules;
import io.dts.core.network.NetworkService;
import io.dts.core.signer.SignerStatus;
import io.dts.persistence.account.Account;
import io.dts.persistence.account.AccountRepository;
import io.dts.persistence.governance.Proposal;
import io.dts.persistence.governance.ProposalRepository;
import io.dts.persistence.governance.ProposalVote;
import io.dts.persistence.network.NetworkRepository;
import io.dts.persistence.network.NetworkState;
import io.dts.persistence.signer.Signer;
import io.dts.persistence.signer.SignerRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Proposals: creation by a signer with enough reputation for a fee, stake-weighted votes, and
 * finalizing by threshold and quorum. Execution is {@link ProposalExecution}'s. Voting rights belong
 * to signers still in the network ({@code PRIMARY} or {@code BACKUP}); removed and exited signers
 * and plain accounts have no voting power. While paused, everything here answers 118 except for
 * {@code UNPAUSE} proposals, so that the signers can end a pause.
 */
@Stateless
@WritesEvents
public class GovernanceService {

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_PAGE = 1000;

    @Inject
    NetworkRules rules;

    @Inject
    NetworkRepository network;

    @Inject
    NetworkService networkService;

    @Inject
    ProposalRepository proposals;

    @Inject
    SignerRepository signers;

    @Inject
    AccountRepository accounts;

    @Inject
    EventLog events;

    /**
     * Creates a proposal: 100 unless the caller is a signer in the network, 119 below the minimum
     * reputation, 101 for a bad title, type, duration or target, 102 when the balance cannot pay the fee.
     */
    public ProposalView propose(String caller, NewProposal proposal) {
        rules.requireInitialized();
        ProposalType type = parseType(proposal.type());
        if (type != ProposalType.UNPAUSE) {
            rules.requireUnpaused(caller);
        }
        NetworkState state = network.stateForUpdate();
        Signer proposer = votingSigner(caller)
                .orElseThrow(() -> new DtsException(ErrorCode.UNAUTHORIZED, "only a signer in the network (PRIMARY or BACKUP) may propose"));
        if (proposer.getReputation() < state.getMinReputationToPropose()) {
            throw new DtsException(ErrorCode.INSUFFICIENT_REPUTATION, "reputation " + proposer.getReputation()
                    + " is below the " + state.getMinReputationToPropose() + " needed to propose");
        }
        String title = requireText("title", proposal.title(), MAX_TITLE, true);
        String description = requireText("description", proposal.description(), MAX_DESCRIPTION, false);
        if (proposal.votingDuration() == null || proposal.votingDuration() < state.getMinProposalDuration()) {
            throw new DtsException(ErrorCode.INVALID_PARAMS,
                    "votingDuration must be at least " + state.getMinProposalDuration() + " blocks");
        }
        String parameter = null;
        Long value = null;
        String target = null;
        switch (type) {
            case PARAMETER_CHANGE -> {
                if (proposal.parameter() == null || proposal.value() == null) {
                    throw new DtsException(ErrorCode.INVALID_PARAMS, "a parameter change needs parameter and value");
                }
                networkService.currentParams().with(proposal.parameter(), proposal.value());
                parameter = proposal.parameter();
                value = proposal.value();
            }
            case SIGNER_REMOVAL -> {
                Signer targeted = proposal.signer() == null ? null : signers.find(proposal.signer()).orElse(null);
                if (targeted == null || SignerStatus.REMOVED.name().equals(targeted.getStatus())) {
                    throw new DtsException(ErrorCode.INVALID_PARAMS, "signer must name a signer that is not removed");
                }
                target = targeted.getName();
            }
            default -> {
            }
        }
        Account account = accounts.findForUpdate(caller).orElseThrow();
        long fee = state.getProposalFee();
        if (account.getBalance() < fee) {
            throw new DtsException(ErrorCode.INSUFFICIENT_STAKE,
                    "the proposal fee of " + fee + " exceeds the balance of " + account.getBalance());
        }
        account.setBalance(account.getBalance() - fee);
        state.setRewardPool(Math.addExact(state.getRewardPool(), fee));
        state.setProposalFees(Math.addExact(state.getProposalFees(), fee));

        long height = rules.height();
        Proposal created = new Proposal(proposals.nextProposalId(), caller, title, description, type.name(), parameter,
                value, target, fee, height, Math.addExact(height, proposal.votingDuration()), ProposalStatus.ACTIVE.name());
        proposals.add(created);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("proposal", created.getId());
        data.put("type", type.name());
        data.put("title", title);
        data.put("parameter", parameter);
        data.put("value", value);
        data.put("signer", target);
        data.put("fee", fee);
        data.put("endHeight", created.getEndHeight());
        events.append(EventType.PROPOSAL_CREATED, caller, data);
        return ProposalView.of(created);
    }

    /**
     * Casts the caller's vote with its voting power now: 114 unknown proposal, 115 without
     * {@code support}, 116 when the proposal is not ACTIVE or its voting ended, 100 without voting
     * power, 113 for a second vote.
     */
    public ProposalView vote(String caller, long proposalId, Boolean support) {
        rules.requireInitialized();
        Proposal proposal = proposals.findForUpdate(proposalId).orElseThrow(() -> notFound(proposalId));
        requireUnpausedUnlessUnpause(caller, proposal);
        if (support == null) {
            throw new DtsException(ErrorCode.INVALID_VOTE, "a vote is {\"support\": true} or {\"support\": false}");
        }
        long height = rules.height();
        if (!ProposalStatus.ACTIVE.name().equals(proposal.getStatus()) || height > proposal.getEndHeight()) {
            throw new DtsException(ErrorCode.PROPOSAL_NOT_ACTIVE, "proposal " + proposalId + " is not open for votes (status "
                    + proposal.getStatus() + ", voting ended at height " + proposal.getEndHeight() + ")");
        }
        long power = votingSigner(caller).map(s -> VotingPower.of(s.getStake(), s.getReputation())).orElse(0L);
        if (power == 0) {
            throw new DtsException(ErrorCode.UNAUTHORIZED, "only signers in the network with voting power may vote");
        }
        if (proposals.hasVoted(proposalId, caller)) {
            throw new DtsException(ErrorCode.ALREADY_VOTED, "'" + caller + "' has already voted on proposal " + proposalId);
        }
        proposals.addVote(new ProposalVote(proposalId, caller, support, power, height));
        if (support) {
            proposal.setVotesFor(Math.addExact(proposal.getVotesFor(), power));
        } else {
            proposal.setVotesAgainst(Math.addExact(proposal.getVotesAgainst(), power));
        }
        proposal.setVoters(proposal.getVoters() + 1);
        events.append(EventType.VOTE_CAST, caller,
                Map.of("proposal", proposalId, "support", support, "weight", power));
        return ProposalView.of(proposal);
    }

    /**
     * Closes the vote after its end height (112 before; 116 once finalized): PASSED proposals are
     * QUEUED to execute {@code executionDelay} blocks after the end, the others are REJECTED.
     */
    public ProposalView finalizeProposal(String caller, long proposalId) {
        rules.requireInitialized();
        Proposal proposal = proposals.findForUpdate(proposalId).orElseThrow(() -> notFound(proposalId));
        requireUnpausedUnlessUnpause(caller, proposal);
        if (!ProposalStatus.ACTIVE.name().equals(proposal.getStatus())) {
            throw new DtsException(ErrorCode.PROPOSAL_NOT_ACTIVE,
                    "proposal " + proposalId + " is already finalized (" + proposal.getStatus() + ")");
        }
        long height = rules.height();
        if (height <= proposal.getEndHeight()) {
            throw new DtsException(ErrorCode.GOVERNANCE_VOTING_CLOSED, "voting on proposal " + proposalId
                    + " runs until height " + proposal.getEndHeight() + "; it is " + height);
        }
        NetworkState state = network.state();
        long totalPower = signers.withStatus(SignerStatus.PRIMARY.name()).stream()
                .mapToLong(s -> VotingPower.of(s.getStake(), s.getReputation())).sum()
                + signers.withStatus(SignerStatus.BACKUP.name()).stream()
                .mapToLong(s -> VotingPower.of(s.getStake(), s.getReputation())).sum();
        Tally.Outcome outcome = new Tally(proposal.getVotesFor(), proposal.getVotesAgainst(), totalPower)
                .decide(state.getGovernanceThreshold(), state.getQuorum());
        proposal.setTotalPower(totalPower);
        proposal.setFinalizedHeight(height);
        if (outcome.passed()) {
            proposal.setStatus(ProposalStatus.QUEUED.name());
            proposal.setExecuteAtHeight(Math.addExact(proposal.getEndHeight(), state.getExecutionDelay()));
        } else {
            proposal.setStatus(ProposalStatus.REJECTED.name());
        }
        proposal.setExecutionResult(outcome.reason());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("proposal", proposalId);
        data.put("outcome", outcome.passed() ? "PASSED" : "REJECTED");
        data.put("votesFor", proposal.getVotesFor());
        data.put("votesAgainst", proposal.getVotesAgainst());
        data.put("totalVotingPower", totalPower);
        data.put("governanceThreshold", state.getGovernanceThreshold());
        data.put("quorum", state.getQuorum());
        data.put("executeAtHeight", proposal.getExecuteAtHeight());
        data.put("reason", outcome.reason());
        events.append(EventType.PROPOSAL_FINALIZED, caller, data);
        return ProposalView.of(proposal);
    }

    /** @throws DtsException 114 for an unknown id */
    public ProposalView proposal(long id) {
        return ProposalView.of(proposals.find(id).orElseThrow(() -> notFound(id)));
    }

    /** The newest proposals first, of one status (101 for an unknown one) or all; {@code limit} 1–1000. */
    public List<ProposalView> proposals(String status, int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new DtsException(ErrorCode.INVALID_PARAMS, "limit must be 1.." + MAX_PAGE);
        }
        String wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = ProposalStatus.valueOf(status.trim()).name();
            } catch (IllegalArgumentException e) {
                throw new DtsException(ErrorCode.INVALID_PARAMS, "'" + status + "' is not a proposal status; they are "
                        + java.util.Arrays.toString(ProposalStatus.values()));
            }
        }
        return proposals.newest(wanted, limit).stream().map(ProposalView::of).toList();
    }

    private void requireUnpausedUnlessUnpause(String caller, Proposal proposal) {
        if (!ProposalType.UNPAUSE.name().equals(proposal.getType())) {
            rules.requireUnpaused(caller);
        }
    }

    /** The caller as a signer that may propose and vote: registered and still in the network. */
    private Optional<Signer> votingSigner(String caller) {
        return signers.find(caller).filter(s -> SignerStatus.PRIMARY.name().equals(s.getStatus())
                || SignerStatus.BACKUP.name().equals(s.getStatus()));
    }

    private static ProposalType parseType(String type) {
        try {
            return ProposalType.valueOf(type == null ? "" : type.trim());
        } catch (IllegalArgumentException e) {
            throw new DtsException(ErrorCode.INVALID_PARAMS, "type must be one of " + java.util.Arrays.toString(ProposalType.values()));
        }
    }

    private static String requireText(String name, String value, int max, boolean required) {
        String text = value == null ? "" : value.strip();
        if ((required && text.isEmpty()) || text.length() > max) {
            throw new DtsException(ErrorCode.INVALID_PARAMS, name + " must be " + (required ? "1" : "0") + "–" + max + " characters");
        }
        return text;
    }

    static DtsException notFound(long id) {
        return new DtsException(ErrorCode.PROPOSAL_NOT_FOUND, "there is no proposal " + id);
    }
}
