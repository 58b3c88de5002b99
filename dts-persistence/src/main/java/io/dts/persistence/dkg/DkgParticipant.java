package io.dts.persistence.dkg;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A dealer or receiver of a session, by its 1-based index: a receiver's public share once the
 * session completes, a resharing dealer's old public share.
 */
@Entity
@Table(name = "dkg_participant")
@IdClass(DkgParticipant.Key.class)
public class DkgParticipant {

    public static final String DEALER = "DEALER";
    public static final String RECEIVER = "RECEIVER";

    /** The primary key: epoch, role, index. */
    public static class Key implements Serializable {
        private long epoch;
        private String role;
        private int index;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.epoch == epoch && k.index == index && Objects.equals(k.role, role);
        }

        @Override
        public int hashCode() {
            return Objects.hash(epoch, role, index);
        }
    }

    @Id
    @Column(name = "epoch")
    private long epoch;

    @Id
    @Column(name = "role", length = 8)
    private String role;

    @Id
    @Column(name = "idx")
    private int index;

    @Column(name = "signer", nullable = false, length = 32)
    private String signer;

    @Column(name = "public_key", nullable = false, length = 96)
    private String publicKey;

    @Column(name = "public_share", length = 96)
    private String publicShare;

    protected DkgParticipant() {
    }

    public DkgParticipant(long epoch, String role, int index, String signer, String publicKey, String publicShare) {
        this.epoch = epoch;
        this.role = role;
        this.index = index;
        this.signer = signer;
        this.publicKey = publicKey;
        this.publicShare = publicShare;
    }

    public long getEpoch() {
        return epoch;
    }

    public String getRole() {
        return role;
    }

    public int getIndex() {
        return index;
    }

    public String getSigner() {
        return signer;
    }

    public String getPublicKey() {
        return publicKey;
    }

    public String getPublicShare() {
        return publicShare;
    }

    public void setPublicShare(String publicShare) {
        this.publicShare = publicShare;
    }
}
