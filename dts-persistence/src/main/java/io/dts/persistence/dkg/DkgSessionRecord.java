package io.dts.persistence.dkg;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One epoch's DKG session as stored: its parameters, phase and outcome (THRESHOLD.md "Sessions"). */
@Entity
@Table(name = "dkg_session")
public class DkgSessionRecord {

    @Id
    @Column(name = "epoch")
    private long epoch;

    @Column(name = "kind", nullable = false, length = 8)
    private String kind;

    @Column(name = "threshold", nullable = false)
    private int threshold;

    @Column(name = "previous_threshold", nullable = false)
    private int previousThreshold;

    @Column(name = "previous_epoch")
    private Long previousEpoch;

    @Column(name = "phase", nullable = false, length = 8)
    private String phase;

    @Column(name = "start_height", nullable = false)
    private long startHeight;

    @Column(name = "phase_blocks", nullable = false)
    private long phaseBlocks;

    /** QUAL as comma-separated indices, once COMPLETE. */
    @Column(name = "qualified", length = 4000)
    private String qualified;

    @Column(name = "group_public_key", length = 96)
    private String groupPublicKey;

    @Column(name = "failure_reason", length = 500)
    private String failureReason;

    @Column(name = "finalized_height")
    private Long finalizedHeight;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected DkgSessionRecord() {
    }

    public DkgSessionRecord(long epoch, String kind, int threshold, int previousThreshold, Long previousEpoch,
            String phase, long startHeight, long phaseBlocks, String groupPublicKey) {
        this.epoch = epoch;
        this.kind = kind;
        this.threshold = threshold;
        this.previousThreshold = previousThreshold;
        this.previousEpoch = previousEpoch;
        this.phase = phase;
        this.startHeight = startHeight;
        this.phaseBlocks = phaseBlocks;
        this.groupPublicKey = groupPublicKey;
    }

    public long getEpoch() {
        return epoch;
    }

    public String getKind() {
        return kind;
    }

    public int getThreshold() {
        return threshold;
    }

    public int getPreviousThreshold() {
        return previousThreshold;
    }

    public Long getPreviousEpoch() {
        return previousEpoch;
    }

    public String getPhase() {
        return phase;
    }

    public void setPhase(String phase) {
        this.phase = phase;
    }

    public long getStartHeight() {
        return startHeight;
    }

    public long getPhaseBlocks() {
        return phaseBlocks;
    }

    public String getQualified() {
        return qualified;
    }

    public void setQualified(String qualified) {
        this.qualified = qualified;
    }

    /** The group key: the previous one while a reshare runs, the session's own once COMPLETE. */
    public String getGroupPublicKey() {
        return groupPublicKey;
    }

    public void setGroupPublicKey(String groupPublicKey) {
        this.groupPublicKey = groupPublicKey;
    }

    public String getFailureReason() {
        return failureReason;
    }

    public void setFailureReason(String failureReason) {
        this.failureReason = failureReason;
    }

    public Long getFinalizedHeight() {
        return finalizedHeight;
    }

    public void setFinalizedHeight(Long finalizedHeight) {
        this.finalizedHeight = finalizedHeight;
    }
}
