package io.dts.core.crypto.dkg;

import io.dts.core.crypto.BlsSecretKey;
import io.dts.core.crypto.BlsSignature;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A dealer's posted bundle (THRESHOLD.md "Deal" step 4), as raw bytes: {@link DealCheck} decides
 * whether it is well formed, complete and signed. Its canonical bytes follow "Byte layouts":
 * {@code "DTS-DKG-DEAL-v1" ‖ epoch(8) ‖ dealerIndex(4) ‖ t(4) ‖ A_i0 … A_i,t−1 (48 each) ‖} for
 * each receiver in ascending index {@code receiverIndex(4) ‖ R(48) ‖ c(48)}, and the dealer signs
 * SHA-256 of them with the ordinary DTS signature ciphersuite (DESIGN.md §5).
 *
 * @param signature the 96-byte compressed signature, or {@code null} while unsigned
 */
public record DealBundle(long epoch, int dealerIndex, int threshold, List<byte[]> commitments,
        List<EncryptedShare> shares, byte[] signature) {

    /** The ASCII prefix of the canonical bytes. */
    public static final String DOMAIN = "DTS-DKG-DEAL-v1";

    private static final byte[] DOMAIN_BYTES = DOMAIN.getBytes(StandardCharsets.US_ASCII);

    public DealBundle {
        commitments = commitments.stream().map(byte[]::clone).toList();
        shares = List.copyOf(shares);
        signature = signature == null ? null : signature.clone();
    }

    @Override
    public List<byte[]> commitments() {
        return commitments.stream().map(byte[]::clone).toList();
    }

    @Override
    public byte[] signature() {
        return signature == null ? null : signature.clone();
    }

    /**
     * The canonical bytes, the shares sorted by receiver index whatever their order here. Written
     * as they are, so a bundle with a wrong-sized field still has bytes (that its check refuses).
     */
    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(DOMAIN_BYTES);
        out.writeBytes(ByteBuffer.allocate(16).putLong(epoch).putInt(dealerIndex).putInt(threshold).array());
        commitments.forEach(out::writeBytes);
        shares.stream().sorted(Comparator.comparingInt(EncryptedShare::receiverIndex)).forEach(share -> {
            out.writeBytes(ByteBuffer.allocate(4).putInt(share.receiverIndex()).array());
            out.writeBytes(share.ephemeralKey());
            out.writeBytes(share.ciphertext());
        });
        return out.toByteArray();
    }

    /** SHA-256 of {@link #toBytes()}: the 32-byte message the dealer signs. */
    public byte[] digest() {
        return HashToField.sha256().digest(toBytes());
    }

    /** This bundle signed by the dealer's registered key. */
    public DealBundle signedBy(BlsSecretKey dealerKey) {
        BlsSignature sig = dealerKey.sign(digest());
        return new DealBundle(epoch, dealerIndex, threshold, commitments, shares, sig.toBytes());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DealBundle b && Arrays.equals(toBytes(), b.toBytes())
                && Arrays.equals(signature, b.signature);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(toBytes()), Arrays.hashCode(signature));
    }

    @Override
    public String toString() {
        return "DealBundle[epoch=" + epoch + ", dealer=" + dealerIndex + ", t=" + threshold
                + ", receivers=" + shares.size() + ", signed=" + (signature != null) + "]";
    }
}
