package io.dts.persistence.signer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A registered signer: stake, key, reputation, the seed's performance metrics and slashing history. */
@Entity
@Table(name = "signer")
public class Signer {

    @Id
    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "public_key", nullable = false)
    private String publicKey;

    @Column(name = "stake", nullable = false)
    private long stake;

    @Column(name = "reputation", nullable = false)
    private int reputation;

    @Column(name = "registered_height", nullable = false)
    private long registeredHeight;

    @Column(name = "last_active", nullable = false)
    private long lastActive;

    @Column(name = "signing_speed", nullable = false)
    private int signingSpeed;

    @Column(name = "uptime", nullable = false)
    private int uptime;

    @Column(name = "accuracy", nullable = false)
    private int accuracy;

    @Column(name = "total_signatures", nullable = false)
    private long totalSignatures;

    @Column(name = "valid_signatures", nullable = false)
    private long validSignatures;

    @Column(name = "total_slashes", nullable = false)
    private int totalSlashes;

    @Column(name = "last_slash_height", nullable = false)
    private long lastSlashHeight;

    @Column(name = "slashed_amount", nullable = false)
    private long slashedAmount;

    @Column(name = "status", nullable = false)
    private String status;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Signer() {
    }

    public Signer(String name, String publicKey, long stake, long registeredHeight) {
        this.name = name;
        this.publicKey = publicKey;
        this.stake = stake;
        this.registeredHeight = registeredHeight;
    }

    public String getName() {
        return name;
    }

    public String getPublicKey() {
        return publicKey;
    }

    public void setPublicKey(String publicKey) {
        this.publicKey = publicKey;
    }

    public long getStake() {
        return stake;
    }

    public void setStake(long stake) {
        this.stake = stake;
    }

    public int getReputation() {
        return reputation;
    }

    public void setReputation(int reputation) {
        this.reputation = reputation;
    }

    public long getRegisteredHeight() {
        return registeredHeight;
    }

    public void setRegisteredHeight(long registeredHeight) {
        this.registeredHeight = registeredHeight;
    }

    public long getLastActive() {
        return lastActive;
    }

    public void setLastActive(long lastActive) {
        this.lastActive = lastActive;
    }

    public int getSigningSpeed() {
        return signingSpeed;
    }

    public void setSigningSpeed(int signingSpeed) {
        this.signingSpeed = signingSpeed;
    }

    public int getUptime() {
        return uptime;
    }

    public void setUptime(int uptime) {
        this.uptime = uptime;
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

    public int getTotalSlashes() {
        return totalSlashes;
    }

    public void setTotalSlashes(int totalSlashes) {
        this.totalSlashes = totalSlashes;
    }

    public long getLastSlashHeight() {
        return lastSlashHeight;
    }

    public void setLastSlashHeight(long lastSlashHeight) {
        this.lastSlashHeight = lastSlashHeight;
    }

    public long getSlashedAmount() {
        return slashedAmount;
    }

    public void setSlashedAmount(long slashedAmount) {
        this.slashedAmount = slashedAmount;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
