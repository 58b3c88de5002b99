package io.dts.core.crypto.dkg;

import io.dts.core.crypto.Bls;
import io.dts.core.crypto.BlsException;
import io.dts.core.crypto.BlsPublicKey;
import io.dts.core.crypto.BlsSignature;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The server's public checks of a deal bundle (THRESHOLD.md "Deal", last paragraph): everything
 * anyone can check without a receiver's secret. A refused bundle is not posted; an accepted one
 * comes back decoded as a {@link VerifiedDeal}.
 */
public final class DealCheck {

    private DealCheck() {
    }

    /**
     * What the session expects of dealer {@code dealerIndex}'s bundle.
     *
     * @param dealerKey the dealer's registered key, which must have signed the bundle
     * @param receivers the session's receiver indices
     * @param oldPublicShare resharing: the dealer's old public share {@code Y_i}; fresh: {@code null}
     */
    public record Expectation(long epoch, int dealerIndex, int threshold, BlsPublicKey dealerKey,
            SortedSet<Integer> receivers, BlsPublicKey oldPublicShare) {

        public Expectation {
            Objects.requireNonNull(dealerKey, "dealerKey");
            receivers = new TreeSet<>(receivers);
        }
    }

    /** The accepted deal, or why the bundle is refused: exactly one is non-null. */
    public record Verdict(VerifiedDeal deal, DealFault fault) {

        static Verdict refused(DealFault fault) {
            return new Verdict(null, fault);
        }

        public boolean accepted() {
            return deal != null;
        }
    }

    /** Checks {@code bundle} against {@code expected}, cheapest checks first. */
    public static Verdict check(DealBundle bundle, Expectation expected) {
        if (bundle.epoch() != expected.epoch()) {
            return Verdict.refused(DealFault.WRONG_EPOCH);
        }
        if (bundle.dealerIndex() != expected.dealerIndex()) {
            return Verdict.refused(DealFault.WRONG_DEALER);
        }
        if (bundle.threshold() != expected.threshold()) {
            return Verdict.refused(DealFault.WRONG_THRESHOLD);
        }
        if (bundle.commitments().size() != expected.threshold()) {
            return Verdict.refused(DealFault.COMMITMENT_COUNT);
        }
        SortedMap<Integer, EncryptedShare> shares = new TreeMap<>();
        for (EncryptedShare share : bundle.shares()) {
            if (!expected.receivers().contains(share.receiverIndex())) {
                return Verdict.refused(DealFault.RECEIVER_UNKNOWN);
            }
            if (shares.put(share.receiverIndex(), share) != null) {
                return Verdict.refused(DealFault.RECEIVER_DUPLICATE);
            }
        }
        if (!shares.keySet().equals(expected.receivers())) {
            return Verdict.refused(DealFault.RECEIVER_MISSING);
        }
        for (EncryptedShare share : shares.values()) {
            if (share.ciphertext().length != ShareEncryption.CIPHERTEXT_LENGTH) {
                return Verdict.refused(DealFault.CIPHERTEXT_LENGTH);
            }
            if (decode(share.ephemeralKey()) == null) {
                return Verdict.refused(DealFault.EPHEMERAL_KEY_INVALID);
            }
        }
        List<BlsPublicKey> commitments = new ArrayList<>();
        for (byte[] bytes : bundle.commitments()) {
            BlsPublicKey commitment = decode(bytes);
            if (commitment == null) {
                return Verdict.refused(DealFault.COMMITMENT_INVALID);
            }
            commitments.add(commitment);
        }
        if (!signedByDealer(bundle, expected.dealerKey())) {
            return Verdict.refused(DealFault.SIGNATURE_INVALID);
        }
        if (expected.oldPublicShare() != null && !expected.oldPublicShare().equals(commitments.get(0))) {
            return Verdict.refused(DealFault.OLD_SHARE_MISMATCH);
        }
        return new Verdict(new VerifiedDeal(bundle, commitments, shares), null);
    }

    private static boolean signedByDealer(DealBundle bundle, BlsPublicKey dealerKey) {
        byte[] signature = bundle.signature();
        if (signature == null) {
            return false;
        }
        try {
            return Bls.verify(dealerKey, bundle.digest(), BlsSignature.fromBytes(signature));
        } catch (BlsException e) {
            return false;
        }
    }

    /** The point, or {@code null} unless 48 bytes of a subgroup point other than the identity. */
    private static BlsPublicKey decode(byte[] bytes) {
        try {
            return BlsPublicKey.fromBytes(bytes);
        } catch (BlsException e) {
            return null;
        }
    }
}
