package io.dts.core.dkg;

import io.dts.core.crypto.BlsPublicKey;
import io.dts.core.crypto.dkg.DealBundle;
import io.dts.core.crypto.dkg.DealCheck;
import io.dts.core.crypto.dkg.DkgKind;
import io.dts.core.crypto.dkg.EncryptedShare;
import io.dts.core.error.DtsException;
import io.dts.core.error.ErrorCode;
import io.dts.persistence.dkg.DkgDeal;
import io.dts.persistence.dkg.DkgParticipant;
import io.dts.persistence.dkg.DkgRepository;
import io.dts.persistence.dkg.DkgSessionRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Between the stored session and the pure one: rebuilds a {@link DkgSession} from its rows, and
 * turns posted bundles into {@link DealBundle}s and back into rows.
 */
@ApplicationScoped
public class DkgRecords {

    private static final HexFormat HEX = HexFormat.of();

    @Inject
    DkgRepository dkg;

    /** A deal as posted over REST: hex everywhere, shares per receiver. */
    public record DealInput(Integer dealerIndex, List<String> commitments, List<ShareInput> shares, String signature) {
    }

    /** One receiver's encrypted share in a posted deal. */
    public record ShareInput(Integer receiverIndex, String ephemeralKey, String ciphertext) {
    }

    /** A complaint as posted over REST. */
    public record ComplaintInput(Integer dealerIndex, Integer receiverIndex, String sharedKey, String proof) {
    }

    /** The pure session of {@code record}: participants, deals and complaints as stored. */
    DkgSession session(DkgSessionRecord record) {
        SortedSet<Integer> dealers = indices(dkg.participants(record.getEpoch(), DkgParticipant.DEALER));
        SortedSet<Integer> receivers = indices(dkg.participants(record.getEpoch(), DkgParticipant.RECEIVER));
        SortedSet<Integer> dealt = dkg.deals(record.getEpoch()).stream().map(DkgDeal::getDealerIndex)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<DkgSession.Accusation> complaints = dkg.complaints(record.getEpoch()).stream()
                .map(c -> new DkgSession.Accusation(c.getDealerIndex(), c.getReceiverIndex())).collect(Collectors.toSet());
        return new DkgSession(record.getEpoch(), DkgKind.valueOf(record.getKind()), record.getThreshold(),
                record.getPreviousThreshold(), record.getStartHeight(), record.getPhaseBlocks(), dealers, receivers,
                DkgPhase.valueOf(record.getPhase()), dealt, complaints, parseIndices(record.getQualified()),
                record.getFailureReason());
    }

    /** What the session expects of {@code dealer}'s bundle. */
    DealCheck.Expectation expectation(DkgSessionRecord record, DkgParticipant dealer) {
        SortedSet<Integer> receivers = indices(dkg.participants(record.getEpoch(), DkgParticipant.RECEIVER));
        BlsPublicKey oldShare = DkgKind.RESHARE.name().equals(record.getKind()) ? BlsPublicKey.fromHex(dealer.getPublicShare()) : null;
        return new DealCheck.Expectation(record.getEpoch(), dealer.getIndex(), record.getThreshold(),
                BlsPublicKey.fromHex(dealer.getPublicKey()), receivers, oldShare);
    }

    /**
     * The bundle a dealer posted, in the session's epoch.
     *
     * @throws DtsException 130 for anything that is not hex of the right shape
     */
    static DealBundle bundle(long epoch, int threshold, DealInput input) {
        if (input.dealerIndex() == null || input.commitments() == null || input.shares() == null || input.signature() == null) {
            throw invalidDeal("a deal is {dealerIndex, commitments[], shares[{receiverIndex, ephemeralKey, ciphertext}], signature}");
        }
        List<byte[]> commitments = new ArrayList<>();
        for (String commitment : input.commitments()) {
            commitments.add(bytes(commitment, "commitment"));
        }
        List<EncryptedShare> shares = new ArrayList<>();
        for (ShareInput share : input.shares()) {
            if (share == null || share.receiverIndex() == null) {
                throw invalidDeal("each share is {receiverIndex, ephemeralKey, ciphertext}");
            }
            shares.add(new EncryptedShare(share.receiverIndex(), bytes(share.ephemeralKey(), "ephemeralKey"),
                    bytes(share.ciphertext(), "ciphertext")));
        }
        return new DealBundle(epoch, input.dealerIndex(), threshold, commitments, shares, bytes(input.signature(), "signature"));
    }

    /** The row of an accepted bundle. */
    static DkgDeal row(DealBundle bundle, long height) {
        return new DkgDeal(bundle.epoch(), bundle.dealerIndex(),
                bundle.commitments().stream().map(HEX::formatHex).collect(Collectors.joining(",")),
                bundle.shares().stream().map(s -> s.receiverIndex() + ":" + HEX.formatHex(s.ephemeralKey()) + ":"
                        + HEX.formatHex(s.ciphertext())).collect(Collectors.joining(",")),
                HEX.formatHex(bundle.signature()), height);
    }

    /** The bundle of a stored row. */
    static DealBundle bundle(DkgDeal row, int threshold) {
        return new DealBundle(row.getEpoch(), row.getDealerIndex(), threshold, commitments(row), shares(row),
                HEX.parseHex(row.getSignature()));
    }

    /** A stored row's commitments, in order (the inverse of {@link #row}). */
    static List<byte[]> commitments(DkgDeal row) {
        return Arrays.stream(row.getCommitments().split(",")).map(HEX::parseHex).toList();
    }

    /** A stored row's encrypted shares, in receiver order (the inverse of {@link #row}). */
    static List<EncryptedShare> shares(DkgDeal row) {
        return Arrays.stream(row.getShares().split(",")).map(s -> s.split(":"))
                .map(p -> new EncryptedShare(Integer.parseInt(p[0]), HEX.parseHex(p[1]), HEX.parseHex(p[2]))).toList();
    }

    static Map<String, DkgParticipant> bySigner(List<DkgParticipant> participants) {
        return participants.stream().collect(Collectors.toMap(DkgParticipant::getSigner, Function.identity(), (a, b) -> a));
    }

    static SortedSet<Integer> indices(List<DkgParticipant> participants) {
        return participants.stream().map(DkgParticipant::getIndex).collect(Collectors.toCollection(TreeSet::new));
    }

    static String joinIndices(Set<Integer> indices) {
        return indices.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }

    static SortedSet<Integer> parseIndices(String joined) {
        SortedSet<Integer> indices = new TreeSet<>();
        if (joined != null && !joined.isBlank()) {
            Arrays.stream(joined.split(",")).map(Integer::parseInt).forEach(indices::add);
        }
        return indices;
    }

    private static byte[] bytes(String hex, String field) {
        if (hex == null) {
            throw invalidDeal(field + " is required (hex)");
        }
        try {
            return HEX.parseHex(hex.startsWith("0x") ? hex.substring(2) : hex);
        } catch (IllegalArgumentException e) {
            throw invalidDeal(field + " must be hex");
        }
    }

    private static DtsException invalidDeal(String message) {
        return new DtsException(ErrorCode.DKG_INVALID_DEAL, message);
    }
}
