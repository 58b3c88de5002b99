package io.dts.core.dkg;

import io.dts.persistence.dkg.DkgDeal;
import java.util.Arrays;
import java.util.List;

/** An accepted deal bundle as posted, with the height it arrived at. */
public record DealView(long epoch, int dealerIndex, List<String> commitments, List<Share> shares, String signature,
        long height) {

    /** One receiver's encrypted share. */
    public record Share(int receiverIndex, String ephemeralKey, String ciphertext) {
    }

    static DealView of(DkgDeal row) {
        return new DealView(row.getEpoch(), row.getDealerIndex(), List.of(row.getCommitments().split(",")),
                Arrays.stream(row.getShares().split(",")).map(s -> s.split(":"))
                        .map(p -> new Share(Integer.parseInt(p[0]), p[1], p[2])).toList(),
                row.getSignature(), row.getHeight());
    }
}
