package io.dts.persistence.crosschain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/** Another network whose signatures DTS checks: its scheme, its keys and how many must sign. */
@Entity
@Table(name = "external_chain")
public class ExternalChain {

    @Id
    @Column(name = "chain_id", nullable = false)
    private String chainId;

    @Column(name = "scheme", nullable = false)
    private String scheme;

    @Column(name = "public_keys", nullable = false)
    private String publicKeys;

    @Column(name = "verification_threshold", nullable = false)
    private int verificationThreshold;

    @Column(name = "registered_height", nullable = false)
    private long registeredHeight;

    @Column(name = "registered_by", nullable = false)
    private String registeredBy;

    protected ExternalChain() {
    }

    public ExternalChain(String chainId, String scheme, List<String> publicKeys, int verificationThreshold,
            long registeredHeight, String registeredBy) {
        this.chainId = chainId;
        this.scheme = scheme;
        this.publicKeys = String.join(",", publicKeys);
        this.verificationThreshold = verificationThreshold;
        this.registeredHeight = registeredHeight;
        this.registeredBy = registeredBy;
    }

    public String getChainId() {
        return chainId;
    }

    public String getScheme() {
        return scheme;
    }

    /** The registered keys in the order given, lower-case hex. */
    public List<String> getPublicKeys() {
        return Arrays.asList(publicKeys.split(","));
    }

    public int getVerificationThreshold() {
        return verificationThreshold;
    }

    public long getRegisteredHeight() {
        return registeredHeight;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }
}
