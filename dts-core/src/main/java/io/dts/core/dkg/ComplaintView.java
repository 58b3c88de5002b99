package io.dts.core.dkg;

import io.dts.persistence.dkg.DkgComplaint;

/** A complaint with its verdict: {@code VALID} (the dealer is at fault) or {@code FALSE} (the complainer is). */
public record ComplaintView(long epoch, int dealerIndex, int receiverIndex, String sharedKey, String proof, String verdict,
        long height) {

    static ComplaintView of(DkgComplaint row) {
        return new ComplaintView(row.getEpoch(), row.getDealerIndex(), row.getReceiverIndex(), row.getSharedKey(),
                row.getProof(), row.getVerdict(), row.getHeight());
    }
}
