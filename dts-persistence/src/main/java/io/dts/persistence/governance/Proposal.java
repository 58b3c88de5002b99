package io.dts.persistence.governance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A governance proposal: what it would change ({@code type} with {@code parameter}/{@code newValue}
 * or {@code targetSigner}), its voting window, the tally, and what happened when it executed.
 */
@Entity
@Table(name = "proposal")
public class Proposal {

    @Id
    @Column(name = "id", nullable = false)
    private long id;

    @Column(name = "proposer", nullable = false)
    private String proposer;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "description", nullable = false)
    private String description;

    @Column(name = "type", nullable = false)
    private String type;

    @Column(name = "parameter")
    private String parameter;

    @Column(name = "new_value")
    private Long newValue;

    @Column(name = "target_signer")
    private String targetSigner;

    @Column(name = "fee", nullable = false)
    private long fee;

    @Column(name = "created_height", nullable = false)
    private long createdHeight;

    @Column(name = "end_height", nullable = false)
    private long endHeight;

    @Column(name = "status", nullable = false)
    private String status;

    @Column(name = "votes_for", nullable = false)
    private long votesFor;

    @Column(name = "votes_against", nullable = false)
    private long votesAgainst;

    @Column(name = "voters", nullable = false)
    private int voters;

    @Column(name = "total_power")
    private Long totalPower;

    @Column(name = "finalized_height")
    private Long finalizedHeight;

    @Column(name = "execute_at_height")
    private Long executeAtHeight;

    @Column(name = "executed_height")
    private Long executedHeight;

    @Column(name = "execution_result")
    private String executionResult;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Proposal() {
    }

    public Proposal(long id, String proposer, String title, String description, String type, String parameter,
            Long newValue, String targetSigner, long fee, long createdHeight, long endHeight, String status) {
        this.id = id;
        this.proposer = proposer;
        this.title = title;
        this.description = description;
        this.type = type;
        this.parameter = parameter;
        this.newValue = newValue;
        this.targetSigner = targetSigner;
        this.fee = fee;
        this.createdHeight = createdHeight;
        this.endHeight = endHeight;
        this.status = status;
    }

    public long getId() {
        return id;
    }

    public String getProposer() {
        return proposer;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getType() {
        return type;
    }

    public String getParameter() {
        return parameter;
    }

    public Long getNewValue() {
        return newValue;
    }

    public String getTargetSigner() {
        return targetSigner;
    }

    public long getFee() {
        return fee;
    }

    public long getCreatedHeight() {
        return createdHeight;
    }

    public long getEndHeight() {
        return endHeight;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public long getVotesFor() {
        return votesFor;
    }

    public void setVotesFor(long votesFor) {
        this.votesFor = votesFor;
    }

    public long getVotesAgainst() {
        return votesAgainst;
    }

    public void setVotesAgainst(long votesAgainst) {
        this.votesAgainst = votesAgainst;
    }

    public int getVoters() {
        return voters;
    }

    public void setVoters(int voters) {
        this.voters = voters;
    }

    public Long getTotalPower() {
        return totalPower;
    }

    public void setTotalPower(Long totalPower) {
        this.totalPower = totalPower;
    }

    public Long getFinalizedHeight() {
        return finalizedHeight;
    }

    public void setFinalizedHeight(Long finalizedHeight) {
        this.finalizedHeight = finalizedHeight;
    }

    public Long getExecuteAtHeight() {
        return executeAtHeight;
    }

    public void setExecuteAtHeight(Long executeAtHeight) {
        this.executeAtHeight = executeAtHeight;
    }

    public Long getExecutedHeight() {
        return executedHeight;
    }

    public void setExecutedHeight(Long executedHeight) {
        this.executedHeight = executedHeight;
    }

    public String getExecutionResult() {
        return executionResult;
    }

    public void setExecutionResult(String executionResult) {
        this.executionResult = executionResult;
    }
}
