package io.dts.web.pages;

import io.dts.core.error.DtsException;
import io.dts.core.error.ErrorCode;
import io.dts.core.governance.GovernanceService;
import io.dts.core.governance.NewProposal;
import io.dts.core.governance.ProposalType;
import io.dts.core.governance.ProposalView;
import io.dts.core.governance.VotingPower;
import io.dts.core.network.NetworkParameter;
import io.dts.core.network.NetworkParams;
import io.dts.core.network.NetworkService;
import io.dts.core.network.NetworkStatus;
import io.dts.core.signer.SignerService;
import io.dts.core.signer.SignerStatus;
import io.dts.core.signer.SignerView;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Governance in the portal: every proposal with its votes and where it stands (the timelock's
 * countdown for passed ones), a form for signers to propose, votes for and against, and finalize
 * after the end. Each action calls {@link GovernanceService} as the REST API does and shows its
 * answer, or the DTS error in plain words.
 */
@Named
@ViewScoped
public class ProposalsPage implements Serializable {

    private static final PerRequest READ = new PerRequest(ProposalsPage.class);

    private static final long serialVersionUID = 1L;

    static final int LISTED = 50;

    @Inject
    GovernanceService governance;

    @Inject
    NetworkService network;

    @Inject
    SignerService signers;

    /** The app's block interval ({@code DTS_BLOCK_INTERVAL_SECONDS}), read once; the view outlives injection of config. */
    private double blockIntervalSeconds;

    private String title;
    private String description;
    private ProposalType type = ProposalType.PARAMETER_CHANGE;
    private String parameter = NetworkParameter.values()[0].jsonName();
    private Long value;
    private String signer;
    private Long votingDuration;

    @PostConstruct
    void readBlockInterval() {
        blockIntervalSeconds = BlockTime.intervalSeconds();
    }

    public NetworkStatus getStatus() {
        return READ.get("status", network::status);
    }

    /** The newest proposals first. */
    public List<ProposalRow> getProposals() {
        return READ.get("proposals", () -> {
            long height = getStatus().blockHeight();
            return governance.proposals(null, LISTED).stream()
                    .map(p -> new ProposalRow(p, height, blockIntervalSeconds)).toList();
        });
    }

    /** The caller as a signer that may propose and vote (PRIMARY or BACKUP), if it is one. */
    private Optional<SignerView> member() {
        return READ.get("member", () -> {
            String caller = caller();
            if (caller == null) {
                return Optional.<SignerView>empty();
            }
            return signers.list().stream().filter(s -> s.name().equals(caller))
                    .filter(s -> SignerStatus.PRIMARY.name().equals(s.status()) || SignerStatus.BACKUP.name().equals(s.status()))
                    .findFirst();
        });
    }

    /** The caller's voting power now, the seed's formula; 0 for anyone but a signer in the network. */
    public long getVotingPower() {
        return member().map(s -> VotingPower.of(s.stake(), s.reputationScore())).orElse(0L);
    }

    public boolean isSignedIn() {
        return caller() != null;
    }

    public boolean isMember() {
        return member().isPresent();
    }

    /** Where the caller's voting power comes from, e.g. "stake 10000, reputation 100". */
    public String getStanding() {
        return member().map(s -> s.status() + " signer, stake " + s.stake() + ", reputation " + s.reputationScore()).orElse("");
    }

    public String getBlockInterval() {
        return BlockTime.approximately(1, blockIntervalSeconds).replace("about ", "");
    }

    public String getMinDuration() {
        NetworkParams params = getStatus().params();
        return params == null ? "" : BlockTime.span(params.minProposalDuration(), blockIntervalSeconds);
    }

    public long getProposalFee() {
        NetworkParams params = getStatus().params();
        return params == null ? 0 : params.proposalFee();
    }

    /** Every network parameter a proposal may set, with its current value. */
    public List<SelectItem> getParameters() {
        NetworkParams params = getStatus().params();
        return Arrays.stream(NetworkParameter.values())
                .map(p -> new SelectItem(p.jsonName(), p.jsonName() + (params == null ? "" : " (now " + p.valueIn(params) + ")")))
                .toList();
    }

    /** The signers a removal may name: every one not removed yet. */
    public List<String> getRemovableSigners() {
        return signers.list().stream().filter(s -> !SignerStatus.REMOVED.name().equals(s.status()))
                .map(SignerView::name).sorted().toList();
    }

    public ProposalType[] getTypes() {
        return ProposalType.values();
    }

    public void propose() {
        act(() -> {
            ProposalView created = governance.propose(caller(), new NewProposal(title, description, type.name(),
                    votingDuration, parameter, value, signer));
            title = null;
            description = null;
            value = null;
            return Messages.done("Proposal " + created.id() + " created", created.title() + ": voting runs until height "
                    + created.endHeight() + ". The fee of " + created.fee() + " went to the reward pool.");
        });
    }

    /** Votes on the proposal whose button was clicked (its id travels with the click, not its row). */
    public void vote(boolean support) {
        act(() -> {
            long id = clickedProposal();
            ProposalView voted = governance.vote(caller(), id, support);
            return Messages.done("You voted " + (support ? "for" : "against") + " proposal " + id,
                    "With voting power " + getVotingPower() + ". For " + voted.votesFor() + ", against "
                            + voted.votesAgainst() + ".");
        });
    }

    public void finalizeProposal() {
        act(() -> {
            long id = clickedProposal();
            ProposalView done = governance.finalizeProposal(caller(), id);
            ProposalRow row = new ProposalRow(done, network.blockHeight(), blockIntervalSeconds);
            return row.isQueued()
                    ? Messages.done("Proposal " + id + " passed", row.getCountdown() + ".")
                    : new FacesMessage(FacesMessage.SEVERITY_WARN, "Proposal " + id + " was rejected", done.executionResult());
        });
    }

    /** Runs one action for the signed-in caller and shows its answer; the lists are read afresh after it. */
    private void act(Supplier<FacesMessage> action) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            if (caller() == null) {
                throw new DtsException(ErrorCode.NOT_AUTHENTICATED, "sign in to propose, vote or finalize");
            }
            faces.addMessage(null, action.get());
        } catch (DtsException e) {
            faces.addMessage(null, Messages.of(e));
        } finally {
            READ.forget();
        }
    }

    private static long clickedProposal() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("proposal");
        try {
            return Long.parseLong(id == null ? "" : id.trim());
        } catch (NumberFormatException e) {
            throw new DtsException(ErrorCode.PROPOSAL_NOT_FOUND, "there is no proposal '" + id + "'");
        }
    }

    private static String caller() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public ProposalType getType() {
        return type;
    }

    public void setType(ProposalType type) {
        this.type = type == null ? ProposalType.PARAMETER_CHANGE : type;
    }

    public String getParameter() {
        return parameter;
    }

    public void setParameter(String parameter) {
        this.parameter = parameter;
    }

    public Long getValue() {
        return value;
    }

    public void setValue(Long value) {
        this.value = value;
    }

    public String getSigner() {
        return signer;
    }

    public void setSigner(String signer) {
        this.signer = signer;
    }

    /** The voting duration typed, or the network's minimum until something is typed. */
    public Long getVotingDuration() {
        if (votingDuration == null && getStatus().params() != null) {
            return getStatus().params().minProposalDuration();
        }
        return votingDuration;
    }

    public void setVotingDuration(Long votingDuration) {
        this.votingDuration = votingDuration;
    }
}
