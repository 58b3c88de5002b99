package io.dts.persistence.crosschain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** A transaction of another chain whose signatures verified under that chain's registered keys. */
@Entity
@Table(name = "cross_chain_transaction")
@IdClass(CrossChainTransaction.Key.class)
public class CrossChainTransaction {

    /** The composite primary key (an IdClass needs a no-argument constructor, so not a record). */
    public static class Key implements java.io.Serializable {

        private static final long serialVersionUID = 1L;

        private String chainId;
        private String txHash;

        public Key() {
        }

        public Key(String chainId, String txHash) {
            this.chainId = chainId;
            this.txHash = txHash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(chainId, k.chainId) && Objects.equals(txHash, k.txHash);
        }

        @Override
        public int hashCode() {
            return Objects.hash(chainId, txHash);
        }
    }

    @Id
    @Column(name = "chain_id", nullable = false)
    private String chainId;

    @Id
    @Column(name = "tx_hash", nullable = false)
    private String txHash;

    @Column(name = "data", nullable = false)
    private String data;

    @Column(name = "signatures", nullable = false)
    private String signatures;

    @Column(name = "verified_keys", nullable = false)
    private String verifiedKeys;

    @Column(name = "submitted_by", nullable = false)
    private String submittedBy;

    @Column(name = "height", nullable = false)
    private long height;

    protected CrossChainTransaction() {
    }

    public CrossChainTransaction(String chainId, String txHash, String data, List<String> signatures,
            List<Integer> verifiedKeys, String submittedBy, long height) {
        this.chainId = chainId;
        this.txHash = txHash;
        this.data = data;
        this.signatures = String.join(",", signatures);
        this.verifiedKeys = String.join(",", verifiedKeys.stream().map(String::valueOf).toList());
        this.submittedBy = submittedBy;
        this.height = height;
    }

    public String getChainId() {
        return chainId;
    }

    public String getTxHash() {
        return txHash;
    }

    public String getData() {
        return data;
    }

    public List<String> getSignatures() {
        return Arrays.asList(signatures.split(","));
    }

    /** For each signature, in order, the index of the registered key it verified under. */
    public List<Integer> getVerifiedKeys() {
        return Arrays.stream(verifiedKeys.split(",")).map(Integer::valueOf).toList();
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public long getHeight() {
        return height;
    }
}
