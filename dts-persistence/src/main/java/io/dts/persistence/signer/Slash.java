package io.dts.persistence.signer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One slash of a signer: who or what caused it, how much, and the evidence. */
@Entity
@Table(name = "slash")
@IdClass(Slash.Key.class)
public class Slash {

    /** The composite primary key (an IdClass needs a no-argument constructor, so not a record). */
    public static class Key implements java.io.Serializable {

        private static final long serialVersionUID = 1L;

        private String signer;
        private int number;

        public Key() {
        }

        public Key(String signer, int number) {
            this.signer = signer;
            this.number = number;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(signer, k.signer) && number == k.number;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(signer, number);
        }
    }

    @Id
    @Column(name = "signer", nullable = false)
    private String signer;

    @Id
    @Column(name = "number", nullable = false)
    private int number;

    @Column(name = "fault", nullable = false)
    private String fault;

    @Column(name = "amount", nullable = false)
    private long amount;

    @Column(name = "evidence", nullable = false)
    private String evidence;

    @Column(name = "height", nullable = false)
    private long height;

    @Column(name = "actor")
    private String actor;

    protected Slash() {
    }

    public Slash(String signer, int number, String fault, long amount, String evidence, long height, String actor) {
        this.signer = signer;
        this.number = number;
        this.fault = fault;
        this.amount = amount;
        this.evidence = evidence;
        this.height = height;
        this.actor = actor;
    }

    public String getSigner() {
        return signer;
    }

    public int getNumber() {
        return number;
    }

    public String getFault() {
        return fault;
    }

    public void setFault(String fault) {
        this.fault = fault;
    }

    public long getAmount() {
        return amount;
    }

    public void setAmount(long amount) {
        this.amount = amount;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public long getHeight() {
        return height;
    }

    public void setHeight(long height) {
        this.height = height;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }
}
