package io.dts.persistence.signing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.util.Objects;

/** A committee member's verified signature over a request's message hash. */
@Entity
@Table(name = "partial_signature")
@IdClass(PartialSignature.Key.class)
public class PartialSignature {

    /** The composite primary key (an IdClass needs a no-argument constructor, so not a record). */
    public static class Key implements java.io.Serializable {

        private static final long serialVersionUID = 1L;

        private long requestId;
        private String signer;

        public Key() {
        }

        public Key(long requestId, String signer) {
            this.requestId = requestId;
            this.signer = signer;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && requestId == k.requestId && Objects.equals(signer, k.signer);
        }

        @Override
        public int hashCode() {
            return Objects.hash(requestId, signer);
        }
    }

    @Id
    @Column(name = "request_id")
    private long requestId;

    @Id
    @Column(name = "signer", length = 32)
    private String signer;

    @Column(name = "signature", nullable = false, length = 192)
    private String signature;

    @Column(name = "height", nullable = false)
    private long height;

    @Column(name = "in_aggregate", nullable = false)
    private boolean inAggregate;

    protected PartialSignature() {
    }

    public PartialSignature(long requestId, String signer, String signature, long height) {
        this.requestId = requestId;
        this.signer = signer;
        this.signature = signature;
        this.height = height;
    }

    public long getRequestId() {
        return requestId;
    }

    public String getSigner() {
        return signer;
    }

    public String getSignature() {
        return signature;
    }

    public long getHeight() {
        return height;
    }

    public boolean isInAggregate() {
        return inAggregate;
    }
}
