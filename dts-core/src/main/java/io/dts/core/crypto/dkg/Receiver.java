package io.dts.core.crypto.dkg;

import io.dts.core.crypto.BlsPublicKey;
import io.dts.core.crypto.BlsSecretKey;
import io.dts.core.crypto.Threshold;
import java.math.BigInteger;

/**
 * The receiver's side and its adjudication (THRESHOLD.md "Complain"): receiver j opens its share of
 * each accepted deal and checks it against the dealer's commitments; when that fails it complains
 * with the shared point and a proof, and anyone can then replay the decryption to see who lied.
 */
public final class Receiver {

    private Receiver() {
    }

    /**
     * The outcome of opening one's own share.
     *
     * @param share the verified share s_ij, or {@code null} when the receiver should complain
     * @param decryptionFailure why decryption failed, when it did
     */
    public record OpenedShare(BigInteger share, ShareDecryption.Failure decryptionFailure) {

        /** Whether the share is missing or does not match the commitments, so a complaint is due. */
        public boolean shouldComplain() {
            return share == null;
        }
    }

    /** Decrypts receiver {@code j}'s share of {@code deal} and checks {@code s_ij·g = Σ_k j^k·A_ik}. */
    public static OpenedShare openShare(BlsSecretKey receiverKey, VerifiedDeal deal, int j) {
        ShareDecryption decryption = ShareEncryption.decrypt(receiverKey, deal.shareFor(j), deal.epoch(),
                deal.dealerIndex());
        if (!decryption.succeeded()) {
            return new OpenedShare(null, decryption.failure());
        }
        boolean matches = Threshold.verifyShare(decryption.share(), j, deal.commitments());
        return new OpenedShare(matches ? decryption.share() : null, null);
    }

    /** Receiver {@code j}'s complaint against {@code deal}, with the proof nonce {@code w}. */
    public static Complaint complain(BlsSecretKey receiverKey, VerifiedDeal deal, int j, BigInteger w) {
        BlsPublicKey ephemeral = BlsPublicKey.fromBytes(deal.shareFor(j).ephemeralKey());
        Dleq.Proof proof = Dleq.prove(receiverKey, ephemeral, w);
        return new Complaint(deal.dealerIndex(), j, proof.sharedPoint(), proof.toBytes());
    }

    /**
     * Who is at fault: verifies the proof against the complainer's registered key, decrypts with
     * the revealed point and checks the share against the commitments.
     *
     * @throws IllegalArgumentException if the complaint is about another dealer or a non-receiver
     */
    public static ComplaintVerdict adjudicate(Complaint complaint, BlsPublicKey complainerKey, VerifiedDeal deal) {
        if (complaint.dealerIndex() != deal.dealerIndex()) {
            throw new IllegalArgumentException("complaint against dealer " + complaint.dealerIndex()
                    + " judged with deal " + deal.dealerIndex());
        }
        EncryptedShare encrypted = deal.shareFor(complaint.receiverIndex());
        // A verified deal's R always decodes.
        BlsPublicKey ephemeral = BlsPublicKey.fromBytes(encrypted.ephemeralKey());
        if (!Dleq.verify(complainerKey, ephemeral, complaint.sharedPoint(), complaint.proof())) {
            return ComplaintVerdict.INVALID_PROOF;
        }
        ShareDecryption decryption = ShareEncryption.decryptWithSharedPoint(complaint.sharedPoint(), encrypted,
                deal.epoch(), deal.dealerIndex());
        boolean correct = decryption.succeeded()
                && Threshold.verifyShare(decryption.share(), complaint.receiverIndex(), deal.commitments());
        return correct ? ComplaintVerdict.FALSE : ComplaintVerdict.VALID;
    }
}
