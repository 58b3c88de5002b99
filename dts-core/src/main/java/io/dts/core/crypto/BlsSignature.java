package io.dts.core.crypto;

import java.util.Arrays;
import supranational.blst.P2;
import supranational.blst.P2_Affine;

/**
 * A BLS signature: a point of G2 in the prime-order subgroup, in its 96-byte compressed encoding
 * (draft-irtf-cfrg-bls-signature-05 Appendix A, ZCash format).
 *
 * <p>Every instance has passed signature_subgroup_check (draft-irtf-cfrg-bls-signature-05
 * §2.8/§3.3.4). Unlike a public key, the identity (point at infinity, {@code 0xc0} followed by
 * zeros) is accepted here, because it is a well-formed group element that aggregation can yield
 * and that interoperable test vectors use; see {@link #isInfinity()}. It never verifies: every
 * verification in {@link Bls} returns {@code false} for it.
 *
 * <p>Immutable; equal when the compressed bytes are equal (the decoder accepts only canonical
 * encodings, so that is the same as equal points).
 */
public final class BlsSignature {

    private final byte[] compressed;
    // Decoded and subgroup-checked once; jblst only reads it afterwards, so sharing it is safe.
    private final P2_Affine point;

    private BlsSignature(byte[] compressed, P2_Affine point) {
        this.compressed = compressed;
        this.point = point;
    }

    /**
     * Decodes a compressed signature and checks that it is in the G2 subgroup
     * (draft-irtf-cfrg-bls-signature-05 §2.8 signature_subgroup_check). The identity is accepted.
     *
     * @throws BlsException WRONG_LENGTH unless 96 bytes; NOT_A_POINT if not a canonical compressed
     *     encoding of a curve point; NOT_IN_SUBGROUP for a curve point outside the subgroup
     */
    public static BlsSignature fromBytes(byte[] compressed96) {
        if (compressed96 == null || compressed96.length != Ciphersuite.SIGNATURE_LENGTH) {
            throw new BlsException(BlsException.Reason.WRONG_LENGTH, "a signature is "
                    + Ciphersuite.SIGNATURE_LENGTH + " bytes, got "
                    + (compressed96 == null ? "none" : compressed96.length));
        }
        byte[] bytes = compressed96.clone();
        // jblst would also take a 192-byte uncompressed point; only the compressed form is ours.
        if ((bytes[0] & 0x80) == 0) {
            throw new BlsException(BlsException.Reason.NOT_A_POINT, "signature is not compressed");
        }
        P2_Affine point;
        try {
            point = new P2_Affine(bytes);
        } catch (RuntimeException e) {
            throw new BlsException(BlsException.Reason.NOT_A_POINT,
                    "signature does not decode: " + e.getMessage());
        }
        // jblst decoding checks the curve equation only, not the subgroup.
        if (!point.in_group()) {
            throw new BlsException(BlsException.Reason.NOT_IN_SUBGROUP,
                    "signature is not in the G2 subgroup");
        }
        return new BlsSignature(bytes, point);
    }

    /**
     * {@link #fromBytes} of the hex form, with or without a {@code 0x} prefix.
     *
     * @throws BlsException WRONG_LENGTH unless 192 hex digits; NOT_A_POINT for a non-hex
     *     character; otherwise as {@link #fromBytes}
     */
    public static BlsSignature fromHex(String hex) {
        return fromBytes(Hex.decode(hex, Ciphersuite.SIGNATURE_LENGTH, "signature"));
    }

    /** Wraps a point computed here from subgroup points (so itself in the subgroup). */
    static BlsSignature of(P2 point) {
        return new BlsSignature(point.compress(), point.to_affine());
    }

    P2_Affine point() {
        return point;
    }

    /** Whether this is the identity of G2, which no verification accepts. */
    public boolean isInfinity() {
        return point.is_inf();
    }

    /** The 96-byte compressed encoding (a fresh copy). */
    public byte[] toBytes() {
        return compressed.clone();
    }

    /** The compressed encoding as 192 lower-case hex digits, without prefix. */
    public String toHex() {
        return Hex.encode(compressed);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BlsSignature sig && Arrays.equals(compressed, sig.compressed);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(compressed);
    }

    @Override
    public String toString() {
        return "BlsSignature[" + toHex() + "]";
    }
}
