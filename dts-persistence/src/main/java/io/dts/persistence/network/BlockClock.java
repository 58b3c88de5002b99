package io.dts.persistence.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The network's logical block height and when it last advanced. Changed only by conditional update. */
@Entity
@Table(name = "block_clock")
public class BlockClock {

    @Id
    @Column(name = "id")
    private short id;

    @Column(name = "height", nullable = false)
    private long height;

    @Column(name = "last_block_at_ms", nullable = false)
    private long lastBlockAtMillis;

    protected BlockClock() {
    }

    public long getHeight() {
        return height;
    }

    public long getLastBlockAtMillis() {
        return lastBlockAtMillis;
    }
}
