package io.dts.persistence.reward;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Partial-signature fees paid but not yet moved into the pool ({@code pending}), and all such fees
 * ever paid ({@code total}). One row (id 1). A partial adds to it as the last lock it takes, so
 * partials never wait on the network-state row; a claim, holding that row, moves {@code pending}
 * into the pool.
 */
@Entity
@Table(name = "partial_fee_inflow")
public class PartialFeeInflow {

    public static final short ID = 1;

    @Id
    @Column(name = "id")
    private short id;

    @Column(name = "pending", nullable = false)
    private long pending;

    @Column(name = "total", nullable = false)
    private long total;

    protected PartialFeeInflow() {
    }

    public long getPending() {
        return pending;
    }

    public void setPending(long pending) {
        this.pending = pending;
    }

    public long getTotal() {
        return total;
    }
}
