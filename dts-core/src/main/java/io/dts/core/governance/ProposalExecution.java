package io.dts.core.governance;

import io.dts.core.error.DtsException;
import io.dts.core.events.EventLog;
import io.dts.core.events.EventType;
import io.dts.core.events.WritesEvents;
import io.dts.core.network.NetworkParameter;
import io.dts.core.network.NetworkRules;
import io.dts.core.network.NetworkService;
import io.dts.core.signer.SignerService;
import io.dts.core.signer.SignerStatus;
import io.dts.persistence.governance.Proposal;
import io.dts.persistence.governance.ProposalRepository;
import io.dts.persistence.network.NetworkRepository;
import io.dts.persistence.network.NetworkState;
import io.dts.persistence.signer.SignerRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Executes passed proposals once their timelock has run out, through the same core methods the
 * owner's controls use. Each execution runs in its own transaction under the network-state lock and
 * then the proposal's row lock, and acts only on a proposal still {@code QUEUED}: however many
 * instances try, exactly one applies it. A change that is no longer valid (e.g. a threshold above a
 * committee size another proposal lowered meanwhile) is not applied: the proposal becomes
 * {@code FAILED_EXECUTION} with the reason. While paused, parameter changes and signer removals
 * wait for the unpause; pause and unpause proposals execute.
 */
@Stateless
@WritesEvents
public class ProposalExecution {

    @Inject
    NetworkRules rules;

    @Inject
    NetworkRepository network;

    @Inject
    NetworkService networkService;

    @Inject
    SignerService signerService;

    @Inject
    SignerRepository signers;

    @Inject
    ProposalRepository proposals;

    @Inject
    EventLog events;

    /** Ids of the QUEUED proposals whose execution height has come. */
    public List<Long> dueProposals() {
        return proposals.dueIds(ProposalStatus.QUEUED.name(), rules.height());
    }

    /** @return whether this call executed (or failed) the proposal; false when it was not due or done already */
    public boolean execute(long proposalId) {
        NetworkState state = network.stateForUpdate();
        Proposal proposal = proposals.findForUpdate(proposalId).orElse(null);
        long height = rules.height();
        if (proposal == null || !ProposalStatus.QUEUED.name().equals(proposal.getStatus())
                || proposal.getExecuteAtHeight() > height) {
            return false;
        }
        ProposalType type = ProposalType.valueOf(proposal.getType());
        if (state.isPaused() && (type == ProposalType.PARAMETER_CHANGE || type == ProposalType.SIGNER_REMOVAL)) {
            return false;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("proposal", proposalId);
        data.put("type", type.name());
        String problem = switch (type) {
            case PARAMETER_CHANGE -> changeParameter(proposal, data);
            case SIGNER_REMOVAL -> removeSigner(proposal, data);
            case PAUSE, UNPAUSE -> {
                boolean pause = type == ProposalType.PAUSE;
                data.put("oldValue", state.isPaused());
                data.put("newValue", pause);
                networkService.setPausedByProposal(proposalId, pause);
                yield null;
            }
        };
        proposal.setExecutedHeight(height);
        proposal.setStatus((problem == null ? ProposalStatus.EXECUTED : ProposalStatus.FAILED_EXECUTION).name());
        proposal.setExecutionResult(problem == null ? "executed: " + describe(data) : "not executed: " + problem);
        data.put("status", proposal.getStatus());
        data.put("result", proposal.getExecutionResult());
        events.append(EventType.PROPOSAL_EXECUTED, null, data);
        return true;
    }

    /** @return why the change is not applied, or null when it was */
    private String changeParameter(Proposal proposal, Map<String, Object> data) {
        String parameter = proposal.getParameter();
        long value = proposal.getNewValue();
        data.put("parameter", parameter);
        try {
            // Checked here first: a refusal thrown out of NetworkService would roll this transaction back.
            networkService.currentParams().with(parameter, value);
        } catch (DtsException e) {
            return e.getMessage();
        }
        data.put("oldValue", NetworkParameter.named(parameter).valueIn(networkService.currentParams()));
        networkService.changeParameter(parameter, value);
        data.put("newValue", value);
        return null;
    }

    private String removeSigner(Proposal proposal, Map<String, Object> data) {
        String name = proposal.getTargetSigner();
        data.put("signer", name);
        String status = signers.find(name).map(s -> s.getStatus()).orElse(null);
        if (status == null) {
            return "'" + name + "' is not a signer";
        }
        if (SignerStatus.REMOVED.name().equals(status)) {
            return "'" + name + "' was already removed";
        }
        SignerStatus before = signerService.removeByProposal(name, proposal.getId());
        data.put("oldValue", before.name());
        data.put("newValue", SignerStatus.REMOVED.name());
        return null;
    }

    private static String describe(Map<String, Object> data) {
        Object what = data.containsKey("parameter") ? data.get("parameter")
                : data.containsKey("signer") ? "signer " + data.get("signer") : "paused";
        return what + " " + data.get("oldValue") + " -> " + data.get("newValue");
    }
}
