package io.dts.persistence.epoch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A seat in an epoch's committee: index, signer and the key it signs with. */
@Entity
@Table(name = "epoch_member")
@IdClass(EpochMember.Key.class)
public class EpochMember {

    /** The composite primary key (an IdClass needs a no-argument constructor, so not a record). */
    public static class Key implements java.io.Serializable {

        private static final long serialVersionUID = 1L;

        private long epoch;
        private int memberIndex;

        public Key() {
        }

        public Key(long epoch, int memberIndex) {
            this.epoch = epoch;
            this.memberIndex = memberIndex;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && epoch == k.epoch && memberIndex == k.memberIndex;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(epoch, memberIndex);
        }
    }

    @Id
    @Column(name = "epoch", nullable = false)
    private long epoch;

    @Id
    @Column(name = "member_index", nullable = false)
    private int memberIndex;

    @Column(name = "signer", nullable = false)
    private String signer;

    @Column(name = "public_key", nullable = false)
    private String publicKey;

    @Column(name = "joined_height", nullable = false)
    private long joinedHeight;

    @Column(name = "left_height")
    private Long leftHeight;

    protected EpochMember() {
    }

    public EpochMember(long epoch, int memberIndex, String signer, String publicKey, long joinedHeight) {
        this.epoch = epoch;
        this.memberIndex = memberIndex;
        this.signer = signer;
        this.publicKey = publicKey;
        this.joinedHeight = joinedHeight;
    }

    public long getEpoch() {
        return epoch;
    }

    public int getMemberIndex() {
        return memberIndex;
    }

    public String getSigner() {
        return signer;
    }

    public void setSigner(String signer) {
        this.signer = signer;
    }

    public String getPublicKey() {
        return publicKey;
    }

    public void setPublicKey(String publicKey) {
        this.publicKey = publicKey;
    }

    public long getJoinedHeight() {
        return joinedHeight;
    }

    public void setJoinedHeight(long joinedHeight) {
        this.joinedHeight = joinedHeight;
    }

    public Long getLeftHeight() {
        return leftHeight;
    }

    public void setLeftHeight(Long leftHeight) {
        this.leftHeight = leftHeight;
    }
}
