package io.dts.persistence.signing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A message hash the network is asked to sign, with its epoch, threshold, status and aggregate. Changed
 * only by the conditional updates of {@link SigningRepository}, which decide who completes or expires it.
 */
@Entity
@Table(name = "signing_request")
public class SigningRequest {

    @Id
    @Column(name = "id")
    private long id;

    @Column(name = "message_hash", nullable = false, length = 64)
    private String messageHash;

    @Column(name = "open_hash", length = 64)
    private String openHash;

    @Column(name = "epoch", nullable = false)
    private long epoch;

    @Column(name = "threshold", nullable = false)
    private int threshold;

    @Column(name = "status", nullable = false, length = 10)
    private String status;

    @Column(name = "requester", nullable = false, length = 32)
    private String requester;

    @Column(name = "opened_height", nullable = false)
    private long openedHeight;

    @Column(name = "expires_height", nullable = false)
    private long expiresHeight;

    @Column(name = "aggregate_signature", length = 192)
    private String aggregateSignature;

    @Column(name = "participant_bitfield", length = 64)
    private String participantBitfield;

    @Column(name = "completed_height")
    private Long completedHeight;

    @Column(name = "completion_micros")
    private Long completionMicros;

    @Column(name = "group_signature", length = 192)
    private String groupSignature;

    @Column(name = "group_public_key", length = 96)
    private String groupPublicKey;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected SigningRequest() {
    }

    public SigningRequest(long id, String messageHash, long epoch, int threshold, String status, String requester,
            long openedHeight, long expiresHeight) {
        this.id = id;
        this.messageHash = messageHash;
        this.openHash = messageHash;
        this.epoch = epoch;
        this.threshold = threshold;
        this.status = status;
        this.requester = requester;
        this.openedHeight = openedHeight;
        this.expiresHeight = expiresHeight;
    }

    public long getId() {
        return id;
    }

    public String getMessageHash() {
        return messageHash;
    }

    public long getEpoch() {
        return epoch;
    }

    public int getThreshold() {
        return threshold;
    }

    public String getStatus() {
        return status;
    }

    public String getRequester() {
        return requester;
    }

    public long getOpenedHeight() {
        return openedHeight;
    }

    public long getExpiresHeight() {
        return expiresHeight;
    }

    public String getAggregateSignature() {
        return aggregateSignature;
    }

    public String getParticipantBitfield() {
        return participantBitfield;
    }

    public Long getCompletedHeight() {
        return completedHeight;
    }

    public Long getCompletionMicros() {
        return completionMicros;
    }

    /** Threshold mode: the signature under the group key, once COMPLETE. */
    public String getGroupSignature() {
        return groupSignature;
    }

    /** Threshold mode: the group key the request is signed under (set when it opens). */
    public String getGroupPublicKey() {
        return groupPublicKey;
    }

    public void setGroupPublicKey(String groupPublicKey) {
        this.groupPublicKey = groupPublicKey;
    }
}
