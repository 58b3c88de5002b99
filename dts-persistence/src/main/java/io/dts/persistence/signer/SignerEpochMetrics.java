package io.dts.persistence.signer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A signer's metrics within one epoch, and the reputation computed when it closed. */
@Entity
@Table(name = "signer_epoch_metrics")
@IdClass(SignerEpochMetrics.Key.class)
public class SignerEpochMetrics {

    /** The composite primary key (an IdClass needs a no-argument constructor, so not a record). */
    public static class Key implements java.io.Serializable {

        private static final long serialVersionUID = 1L;

        private String signer;
        private long epoch;

        public Key() {
        }

        public Key(String signer, long epoch) {
            this.signer = signer;
            this.epoch = epoch;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(signer, k.signer) && epoch == k.epoch;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(signer, epoch);
        }
    }

    @Id
    @Column(name = "signer", nullable = false)
    private String signer;

    @Id
    @Column(name = "epoch", nullable = false)
    private long epoch;

    @Column(name = "uptime", nullable = false)
    private int uptime;

    @Column(name = "signing_speed", nullable = false)
    private int signingSpeed;

    @Column(name = "accuracy", nullable = false)
    private int accuracy;

    @Column(name = "total_signatures", nullable = false)
    private long totalSignatures;

    @Column(name = "valid_signatures", nullable = false)
    private long validSignatures;

    @Column(name = "reports", nullable = false)
    private int reports;

    @Column(name = "reputation", nullable = false)
    private int reputation;

    @Column(name = "last_height", nullable = false)
    private long lastHeight;

    protected SignerEpochMetrics() {
    }

    public SignerEpochMetrics(String signer, long epoch) {
        this.signer = signer;
        this.epoch = epoch;
    }

    public String getSigner() {
        return signer;
    }

    public long getEpoch() {
        return epoch;
    }

    public int getUptime() {
        return uptime;
    }

    public void setUptime(int uptime) {
        this.uptime = uptime;
    }

    public int getSigningSpeed() {
        return signingSpeed;
    }

    public void setSigningSpeed(int signingSpeed) {
        this.signingSpeed = signingSpeed;
    }

    public int getAccuracy() {
        return accuracy;
    }

    public void setAccuracy(int accuracy) {
        this.accuracy = accuracy;
    }

    public long getTotalSignatures() {
        return totalSignatures;
    }

    public void setTotalSignatures(long totalSignatures) {
        this.totalSignatures = totalSignatures;
    }

    public long getValidSignatures() {
        return validSignatures;
    }

    public void setValidSignatures(long validSignatures) {
        this.validSignatures = validSignatures;
    }

    public int getReports() {
        return reports;
    }

    public void setReports(int reports) {
        this.reports = reports;
    }

    public int getReputation() {
        return reputation;
    }

    public void setReputation(int reputation) {
        this.reputation = reputation;
    }

    public long getLastHeight() {
        return lastHeight;
    }

    public void setLastHeight(long lastHeight) {
        this.lastHeight = lastHeight;
    }
}
