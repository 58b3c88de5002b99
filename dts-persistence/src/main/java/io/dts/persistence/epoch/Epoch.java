package io.dts.persistence.epoch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An epoch: when it started and the threshold its committee signs with. */
@Entity
@Table(name = "epoch")
public class Epoch {

    @Id
    @Column(name = "number", nullable = false)
    private long number;

    @Column(name = "start_height", nullable = false)
    private long startHeight;

    @Column(name = "threshold", nullable = false)
    private int threshold;

    @Column(name = "seats", nullable = false)
    private int seats;

    protected Epoch() {
    }

    public Epoch(long number, long startHeight, int threshold, int seats) {
        this.number = number;
        this.startHeight = startHeight;
        this.threshold = threshold;
        this.seats = seats;
    }

    public long getNumber() {
        return number;
    }

    public long getStartHeight() {
        return startHeight;
    }

    public void setStartHeight(long startHeight) {
        this.startHeight = startHeight;
    }

    public int getThreshold() {
        return threshold;
    }

    public void setThreshold(int threshold) {
        this.threshold = threshold;
    }

    public int getSeats() {
        return seats;
    }

    public void setSeats(int seats) {
        this.seats = seats;
    }
}
