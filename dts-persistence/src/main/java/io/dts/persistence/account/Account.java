package io.dts.persistence.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** A principal of the network (the contract's {@code tx-sender}) with its token balance. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @Column(name = "username", length = 32)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    /** Spendable tokens, in micro-units. */
    @Column(name = "balance", nullable = false)
    private long balance;

    /** Tokens locked as signer stake, in micro-units. */
    @Column(name = "locked_stake", nullable = false)
    private long lockedStake;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Account() {
    }

    public Account(String username, String passwordHash, OffsetDateTime createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public long getBalance() {
        return balance;
    }

    public void setBalance(long balance) {
        this.balance = balance;
    }

    public long getLockedStake() {
        return lockedStake;
    }

    public void setLockedStake(long lockedStake) {
        this.lockedStake = lockedStake;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
