package io.dts.core.crypto;

import java.util.Arrays;
import java.util.List;
import supranational.blst.P1;
import supranational.blst.P1_Affine;

/**
 * A BLS public key: a point of G1 in the prime-order subgroup, other than the identity, in its
 * 48-byte compressed encoding (draft-irtf-cfrg-bls-signature-05 Appendix A, ZCash format).
 *
 * <p>Every instance has passed KeyValidate (draft-irtf-cfrg-bls-signature-05 §2.5), so the
 * operations in {@link Bls} need not repeat it. Immutable; equal when the compressed bytes are
 * equal, which is the same as equal points because the decoder accepts only canonical encodings.
 */
public final class BlsPublicKey {

    private final byte[] compressed;
    // Decoded and subgroup-checked once; jblst only reads it afterwards, so sharing it is safe.
    private final P1_Affine point;

    private BlsPublicKey(byte[] compressed, P1_Affine point) {
        this.compressed = compressed;
        this.point = point;
    }

    /**
     * Decodes and validates a compressed public key: KeyValidate of
     * draft-irtf-cfrg-bls-signature-05 §2.5 (decodes, is not the identity, is in the subgroup).
     *
     * @throws BlsException WRONG_LENGTH unless 48 bytes; NOT_A_POINT if not a canonical compressed
     *     encoding of a curve point; IDENTITY for the point at infinity; NOT_IN_SUBGROUP otherwise
     *     invalid
     */
    public static BlsPublicKey fromBytes(byte[] compressed48) {
        if (compressed48 == null || compressed48.length != Ciphersuite.PUBLIC_KEY_LENGTH) {
            throw new BlsException(BlsException.Reason.WRONG_LENGTH, "a public key is "
                    + Ciphersuite.PUBLIC_KEY_LENGTH + " bytes, got "
                    + (compressed48 == null ? "none" : compressed48.length));
        }
        byte[] bytes = compressed48.clone();
        // jblst would also take a 96-byte uncompressed point; only the compressed form is ours.
        if ((bytes[0] & 0x80) == 0) {
            throw new BlsException(BlsException.Reason.NOT_A_POINT, "public key is not compressed");
        }
        P1_Affine point;
        try {
            point = new P1_Affine(bytes);
        } catch (RuntimeException e) {
            throw new BlsException(BlsException.Reason.NOT_A_POINT,
                    "public key does not decode: " + e.getMessage());
        }
        if (point.is_inf()) {
            throw new BlsException(BlsException.Reason.IDENTITY, "public key is the identity");
        }
        // jblst decoding checks the curve equation only, not the subgroup.
        if (!point.in_group()) {
            throw new BlsException(BlsException.Reason.NOT_IN_SUBGROUP,
                    "public key is not in the G1 subgroup");
        }
        return new BlsPublicKey(bytes, point);
    }

    /**
     * {@link #fromBytes} of the hex form, with or without a {@code 0x} prefix.
     *
     * @throws BlsException WRONG_LENGTH unless 96 hex digits; NOT_A_POINT for a non-hex
     *     character; otherwise as {@link #fromBytes}
     */
    public static BlsPublicKey fromHex(String hex) {
        return fromBytes(Hex.decode(hex, Ciphersuite.PUBLIC_KEY_LENGTH, "public key"));
    }

    /**
     * The sum of the keys: the aggregate public key of draft-irtf-cfrg-bls-signature-05 §3.3.4
     * (step 1–4 of FastAggregateVerify). Only meaningful for keys whose proofs of possession were
     * checked, which is what protects against rogue-key attacks.
     *
     * @throws IllegalArgumentException if {@code keys} is empty
     * @throws BlsException IDENTITY if the keys sum to the identity (e.g. a key and its negation)
     */
    public static BlsPublicKey aggregate(List<BlsPublicKey> keys) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("cannot aggregate an empty list of public keys");
        }
        P1 sum = sum(keys);
        if (sum.is_inf()) {
            throw new BlsException(BlsException.Reason.IDENTITY, "the keys sum to the identity");
        }
        return of(sum);
    }

    /** The sum of validated keys, possibly the identity; empty gives the identity. */
    static P1 sum(List<BlsPublicKey> keys) {
        P1 sum = new P1();
        for (BlsPublicKey key : keys) {
            // add, not aggregate: aggregate would repeat the subgroup check fromBytes made.
            sum.add(key.point);
        }
        return sum;
    }

    /** Wraps a point computed here (known to be in the subgroup and not the identity). */
    static BlsPublicKey of(P1 point) {
        return new BlsPublicKey(point.compress(), point.to_affine());
    }

    P1_Affine point() {
        return point;
    }

    /** The 48-byte compressed encoding (a fresh copy). */
    public byte[] toBytes() {
        return compressed.clone();
    }

    /** The compressed encoding as 96 lower-case hex digits, without prefix. */
    public String toHex() {
        return Hex.encode(compressed);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BlsPublicKey key && Arrays.equals(compressed, key.compressed);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(compressed);
    }

    @Override
    public String toString() {
        return "BlsPublicKey[" + toHex() + "]";
    }
}
