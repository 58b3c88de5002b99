package io.dts.persistence.watchtower;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A watchtower: an account that reports on signers. */
@Entity
@Table(name = "watchtower")
public class Watchtower {

    @Id
    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "registered_height", nullable = false)
    private long registeredHeight;

    @Column(name = "last_report", nullable = false)
    private long lastReport;

    @Column(name = "reports_submitted", nullable = false)
    private long reportsSubmitted;

    @Column(name = "accuracy_score", nullable = false)
    private int accuracyScore;

    @Column(name = "is_active", nullable = false)
    private boolean active;

    protected Watchtower() {
    }

    public Watchtower(String name, long registeredHeight) {
        this.name = name;
        this.registeredHeight = registeredHeight;
    }

    public String getName() {
        return name;
    }

    public long getRegisteredHeight() {
        return registeredHeight;
    }

    public void setRegisteredHeight(long registeredHeight) {
        this.registeredHeight = registeredHeight;
    }

    public long getLastReport() {
        return lastReport;
    }

    public void setLastReport(long lastReport) {
        this.lastReport = lastReport;
    }

    public long getReportsSubmitted() {
        return reportsSubmitted;
    }

    public void setReportsSubmitted(long reportsSubmitted) {
        this.reportsSubmitted = reportsSubmitted;
    }

    public int getAccuracyScore() {
        return accuracyScore;
    }

    public void setAccuracyScore(int accuracyScore) {
        this.accuracyScore = accuracyScore;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
