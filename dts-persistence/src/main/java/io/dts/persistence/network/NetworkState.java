package io.dts.persistence.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The contract's data variables: owner, pause flag, epoch and the parameters set by
 * {@code initialize} (the governance ones too; proposals may change them). A single row with id 1, created by the first migration.
 */
@Entity
@Table(name = "network_state")
public class NetworkState {

    public static final short ID = 1;

    @Id
    @Column(name = "id")
    private short id;

    @Column(name = "owner_name", length = 32)
    private String ownerName;

    @Column(name = "initialized", nullable = false)
    private boolean initialized;

    @Column(name = "paused", nullable = false)
    private boolean paused;

    @Column(name = "epoch", nullable = false)
    private long epoch;

    @Column(name = "min_stake")
    private Long minStake;

    @Column(name = "required_signers")
    private Integer requiredSigners;

    @Column(name = "total_signers")
    private Integer totalSigners;

    @Column(name = "rotation_period")
    private Long rotationPeriod;

    @Column(name = "signature_threshold")
    private Integer signatureThreshold;

    @Column(name = "last_rotation_height")
    private Long lastRotationHeight;

    /** Minimum reputation a signer needs to be eligible for the committee at rotation. */
    @Column(name = "performance_threshold")
    private Integer performanceThreshold;

    /** Tokens taken by slashes and fees, in micro-units. */
    @Column(name = "reward_pool", nullable = false)
    private long rewardPool;

    /** Governance: percent of the votes cast that must be in favour (1–100). */
    @Column(name = "governance_threshold", nullable = false)
    private int governanceThreshold = 67;

    /** Governance: percent of the total voting power that must vote (0–100). */
    @Column(name = "quorum", nullable = false)
    private int quorum = 20;

    @Column(name = "min_proposal_duration", nullable = false)
    private long minProposalDuration = 144;

    @Column(name = "proposal_fee", nullable = false)
    private long proposalFee = 10_000;

    @Column(name = "min_reputation_to_propose", nullable = false)
    private int minReputationToPropose = 80;

    /** Governance: blocks between a proposal passing and its execution (the timelock). */
    @Column(name = "execution_delay", nullable = false)
    private long executionDelay = 144;

    /** Percent of a stake (at registration) and of min-stake (per accepted partial signature) paid into the pool. */
    @Column(name = "protocol_fee", nullable = false)
    private int protocolFee = 1;

    /** Totals for the pool's account: registration fees, proposal fees and slashes taken in, rewards paid out. */
    @Column(name = "registration_fees", nullable = false)
    private long registrationFees;

    @Column(name = "proposal_fees", nullable = false)
    private long proposalFees;

    @Column(name = "slashed_total", nullable = false)
    private long slashedTotal;

    @Column(name = "rewards_paid", nullable = false)
    private long rewardsPaid;

    @Column(name = "signing_mode", nullable = false, length = 10)
    private String signingMode = "AGGREGATE";

    @Column(name = "dkg_phase_blocks", nullable = false)
    private long dkgPhaseBlocks = 10;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected NetworkState() {
    }

    public String getOwnerName() {
        return ownerName;
    }

    public void setOwnerName(String ownerName) {
        this.ownerName = ownerName;
    }

    public boolean isInitialized() {
        return initialized;
    }

    public void setInitialized(boolean initialized) {
        this.initialized = initialized;
    }

    public boolean isPaused() {
        return paused;
    }

    public void setPaused(boolean paused) {
        this.paused = paused;
    }

    public long getEpoch() {
        return epoch;
    }

    public void setEpoch(long epoch) {
        this.epoch = epoch;
    }

    public Long getMinStake() {
        return minStake;
    }

    public void setMinStake(Long minStake) {
        this.minStake = minStake;
    }

    public Integer getRequiredSigners() {
        return requiredSigners;
    }

    public void setRequiredSigners(Integer requiredSigners) {
        this.requiredSigners = requiredSigners;
    }

    public Integer getTotalSigners() {
        return totalSigners;
    }

    public void setTotalSigners(Integer totalSigners) {
        this.totalSigners = totalSigners;
    }

    public Long getRotationPeriod() {
        return rotationPeriod;
    }

    public void setRotationPeriod(Long rotationPeriod) {
        this.rotationPeriod = rotationPeriod;
    }

    public Integer getSignatureThreshold() {
        return signatureThreshold;
    }

    public void setSignatureThreshold(Integer signatureThreshold) {
        this.signatureThreshold = signatureThreshold;
    }

    public Long getLastRotationHeight() {
        return lastRotationHeight;
    }

    public void setLastRotationHeight(Long lastRotationHeight) {
        this.lastRotationHeight = lastRotationHeight;
    }

    public Integer getPerformanceThreshold() {
        return performanceThreshold;
    }

    public void setPerformanceThreshold(Integer performanceThreshold) {
        this.performanceThreshold = performanceThreshold;
    }

    public long getRewardPool() {
        return rewardPool;
    }

    public void setRewardPool(long rewardPool) {
        this.rewardPool = rewardPool;
    }
    public int getGovernanceThreshold() {
        return governanceThreshold;
    }

    public void setGovernanceThreshold(int governanceThreshold) {
        this.governanceThreshold = governanceThreshold;
    }

    public int getQuorum() {
        return quorum;
    }

    public void setQuorum(int quorum) {
        this.quorum = quorum;
    }

    public long getMinProposalDuration() {
        return minProposalDuration;
    }

    public void setMinProposalDuration(long minProposalDuration) {
        this.minProposalDuration = minProposalDuration;
    }

    public long getProposalFee() {
        return proposalFee;
    }

    public void setProposalFee(long proposalFee) {
        this.proposalFee = proposalFee;
    }

    public int getMinReputationToPropose() {
        return minReputationToPropose;
    }

    public void setMinReputationToPropose(int minReputationToPropose) {
        this.minReputationToPropose = minReputationToPropose;
    }

    public long getExecutionDelay() {
        return executionDelay;
    }

    public void setExecutionDelay(long executionDelay) {
        this.executionDelay = executionDelay;
    }

    public int getProtocolFee() {
        return protocolFee;
    }

    public void setProtocolFee(int protocolFee) {
        this.protocolFee = protocolFee;
    }

    public long getRegistrationFees() {
        return registrationFees;
    }

    public void setRegistrationFees(long registrationFees) {
        this.registrationFees = registrationFees;
    }

    public long getProposalFees() {
        return proposalFees;
    }

    public void setProposalFees(long proposalFees) {
        this.proposalFees = proposalFees;
    }

    public long getSlashedTotal() {
        return slashedTotal;
    }

    public void setSlashedTotal(long slashedTotal) {
        this.slashedTotal = slashedTotal;
    }

    public long getRewardsPaid() {
        return rewardsPaid;
    }

    public void setRewardsPaid(long rewardsPaid) {
        this.rewardsPaid = rewardsPaid;
    }

    public String getSigningMode() {
        return signingMode;
    }

    public void setSigningMode(String signingMode) {
        this.signingMode = signingMode;
    }

    public long getDkgPhaseBlocks() {
        return dkgPhaseBlocks;
    }

    public void setDkgPhaseBlocks(long dkgPhaseBlocks) {
        this.dkgPhaseBlocks = dkgPhaseBlocks;
    }
}
