package io.dts.persistence.dkg;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * An accepted deal bundle, as posted: commitments as comma-separated hex, shares as comma-separated
 * {@code receiverIndex:ephemeralKey:ciphertext}, and the dealer's signature.
 */
@Entity
@Table(name = "dkg_deal")
@IdClass(DkgDeal.Key.class)
public class DkgDeal {

    /** The primary key: epoch, dealer index. */
    public static class Key implements Serializable {
        private long epoch;
        private int dealerIndex;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.epoch == epoch && k.dealerIndex == dealerIndex;
        }

        @Override
        public int hashCode() {
            return Objects.hash(epoch, dealerIndex);
        }
    }

    @Id
    @Column(name = "epoch")
    private long epoch;

    @Id
    @Column(name = "dealer_index")
    private int dealerIndex;

    @Column(name = "commitments", nullable = false, length = 10000)
    private String commitments;

    @Column(name = "shares", nullable = false, length = 100000)
    private String shares;

    @Column(name = "signature", nullable = false, length = 192)
    private String signature;

    @Column(name = "height", nullable = false)
    private long height;

    protected DkgDeal() {
    }

    public DkgDeal(long epoch, int dealerIndex, String commitments, String shares, String signature, long height) {
        this.epoch = epoch;
        this.dealerIndex = dealerIndex;
        this.commitments = commitments;
        this.shares = shares;
        this.signature = signature;
        this.height = height;
    }

    public long getEpoch() {
        return epoch;
    }

    public int getDealerIndex() {
        return dealerIndex;
    }

    public String getCommitments() {
        return commitments;
    }

    public String getShares() {
        return shares;
    }

    public String getSignature() {
        return signature;
    }

    public long getHeight() {
        return height;
    }
}
