package io.dts.persistence.governance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One account's vote on one proposal, with the voting power it carried when cast. */
@Entity
@Table(name = "proposal_vote")
@IdClass(ProposalVote.Key.class)
public class ProposalVote {

    /** The primary key: proposal and voter. */
    public static class Key implements Serializable {
        private long proposalId;
        private String voter;

        public Key() {
        }

        public Key(long proposalId, String voter) {
            this.proposalId = proposalId;
            this.voter = voter;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.proposalId == proposalId && Objects.equals(k.voter, voter);
        }

        @Override
        public int hashCode() {
            return Objects.hash(proposalId, voter);
        }
    }

    @Id
    @Column(name = "proposal_id", nullable = false)
    private long proposalId;

    @Id
    @Column(name = "voter", nullable = false)
    private String voter;

    @Column(name = "support", nullable = false)
    private boolean support;

    @Column(name = "weight", nullable = false)
    private long weight;

    @Column(name = "height", nullable = false)
    private long height;

    protected ProposalVote() {
    }

    public ProposalVote(long proposalId, String voter, boolean support, long weight, long height) {
        this.proposalId = proposalId;
        this.voter = voter;
        this.support = support;
        this.weight = weight;
        this.height = height;
    }

    public long getProposalId() {
        return proposalId;
    }

    public String getVoter() {
        return voter;
    }

    public boolean isSupport() {
        return support;
    }

    public long getWeight() {
        return weight;
    }

    public long getHeight() {
        return height;
    }
}
