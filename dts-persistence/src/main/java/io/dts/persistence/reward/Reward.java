package io.dts.persistence.reward;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * What one committee member earned in one epoch, with the inputs of the formula as they were when
 * the epoch closed; {@code claimedHeight} is null until it is paid. One per (epoch, signer).
 */
@Entity
@Table(name = "reward")
@IdClass(Reward.Key.class)
public class Reward {

    /** The primary key: epoch and signer. */
    public static class Key implements Serializable {
        private long epoch;
        private String signer;

        public Key() {
        }

        public Key(long epoch, String signer) {
            this.epoch = epoch;
            this.signer = signer;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.epoch == epoch && Objects.equals(k.signer, signer);
        }

        @Override
        public int hashCode() {
            return Objects.hash(epoch, signer);
        }
    }

    @Id
    @Column(name = "epoch", nullable = false)
    private long epoch;

    @Id
    @Column(name = "signer", nullable = false)
    private String signer;

    @Column(name = "amount", nullable = false)
    private long amount;

    @Column(name = "uptime", nullable = false)
    private int uptime;

    @Column(name = "accuracy", nullable = false)
    private int accuracy;

    @Column(name = "stake", nullable = false)
    private long stake;

    @Column(name = "min_stake", nullable = false)
    private long minStake;

    @Column(name = "created_height", nullable = false)
    private long createdHeight;

    @Column(name = "claimed_height")
    private Long claimedHeight;

    protected Reward() {
    }

    public Reward(long epoch, String signer, long amount, int uptime, int accuracy, long stake, long minStake,
            long createdHeight) {
        this.epoch = epoch;
        this.signer = signer;
        this.amount = amount;
        this.uptime = uptime;
        this.accuracy = accuracy;
        this.stake = stake;
        this.minStake = minStake;
        this.createdHeight = createdHeight;
    }

    public long getEpoch() {
        return epoch;
    }

    public String getSigner() {
        return signer;
    }

    public long getAmount() {
        return amount;
    }

    public int getUptime() {
        return uptime;
    }

    public int getAccuracy() {
        return accuracy;
    }

    public long getStake() {
        return stake;
    }

    public long getMinStake() {
        return minStake;
    }

    public long getCreatedHeight() {
        return createdHeight;
    }

    public Long getClaimedHeight() {
        return claimedHeight;
    }
}
