package io.dts.core.dkg;

import io.dts.persistence.dkg.DkgDeal;
import java.util.HexFormat;
import java.util.List;

/** An accepted deal bundle as posted, with the height it arrived at. */
public record DealView(long epoch, int dealerIndex, List<String> commitments, List<Share> shares, String signature,
        long height) {

    /** One receiver's encrypted share. */
    public record Share(int receiverIndex, String ephemeralKey, String ciphertext) {
    }

    static DealView of(DkgDeal row) {
        HexFormat hex = HexFormat.of();
        return new DealView(row.getEpoch(), row.getDealerIndex(), DkgRecords.commitments(row).stream().map(hex::formatHex).toList(),
                DkgRecords.shares(row).stream().map(s -> new Share(s.receiverIndex(), hex.formatHex(s.ephemeralKey()),
                        hex.formatHex(s.ciphertext()))).toList(),
                row.getSignature(), row.getHeight());
    }
}
