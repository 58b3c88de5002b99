package io.dts.persistence.dkg;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A receiver's complaint about a dealer's share, with the revealed shared key, proof and verdict. */
@Entity
@Table(name = "dkg_complaint")
@IdClass(DkgComplaint.Key.class)
public class DkgComplaint {

    /** The primary key: epoch, dealer index, receiver index. */
    public static class Key implements Serializable {
        private long epoch;
        private int dealerIndex;
        private int receiverIndex;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.epoch == epoch && k.dealerIndex == dealerIndex && k.receiverIndex == receiverIndex;
        }

        @Override
        public int hashCode() {
            return Objects.hash(epoch, dealerIndex, receiverIndex);
        }
    }

    @Id
    @Column(name = "epoch")
    private long epoch;

    @Id
    @Column(name = "dealer_index")
    private int dealerIndex;

    @Id
    @Column(name = "receiver_index")
    private int receiverIndex;

    @Column(name = "shared_key", nullable = false, length = 96)
    private String sharedKey;

    @Column(name = "proof", nullable = false, length = 128)
    private String proof;

    @Column(name = "verdict", nullable = false, length = 8)
    private String verdict;

    @Column(name = "height", nullable = false)
    private long height;

    protected DkgComplaint() {
    }

    public DkgComplaint(long epoch, int dealerIndex, int receiverIndex, String sharedKey, String proof, String verdict,
            long height) {
        this.epoch = epoch;
        this.dealerIndex = dealerIndex;
        this.receiverIndex = receiverIndex;
        this.sharedKey = sharedKey;
        this.proof = proof;
        this.verdict = verdict;
        this.height = height;
    }

    public long getEpoch() {
        return epoch;
    }

    public int getDealerIndex() {
        return dealerIndex;
    }

    public int getReceiverIndex() {
        return receiverIndex;
    }

    public String getSharedKey() {
        return sharedKey;
    }

    public String getProof() {
        return proof;
    }

    public String getVerdict() {
        return verdict;
    }

    public long getHeight() {
        return height;
    }
}
