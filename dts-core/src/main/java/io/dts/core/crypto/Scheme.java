package io.dts.core.crypto;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import supranational.blst.BLST_ERROR;
import supranational.blst.P1;
import supranational.blst.P1_Affine;
import supranational.blst.P2;
import supranational.blst.P2_Affine;

/**
 * A BLS signature scheme of another network whose signatures DTS checks (cross-chain verification),
 * as drand names them: which group holds the keys, which the signatures, and the hash-to-curve
 * domain separation tag. Only the {@link #id()} is stored. Verification follows CoreVerify of
 * draft-irtf-cfrg-bls-signature-05 §2.7 with RFC 9380 hash_to_curve; keys and signatures must
 * decode, lie in their prime-order subgroup and not be the identity.
 */
public enum Scheme {

    /** DTS's own (DESIGN.md §5): G1 keys, G2 signatures, the proof-of-possession ciphersuite. */
    DTS("dts", Group.G1, Ciphersuite.SIGNATURE_DST),

    /** drand's chained beacon: G1 keys, G2 signatures, the basic (NUL) ciphersuite. */
    PEDERSEN_BLS_CHAINED("pedersen-bls-chained", Group.G1, "BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_NUL_"),

    /** drand's unchained beacon: as the chained one, over the round alone. */
    PEDERSEN_BLS_UNCHAINED("pedersen-bls-unchained", Group.G1, "BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_NUL_"),

    /** drand's quicknet: G2 keys, G1 signatures (minimal-signature-size), RFC 9380's G1 tag. */
    BLS_UNCHAINED_G1_RFC9380("bls-unchained-g1-rfc9380", Group.G2, "BLS_SIG_BLS12381G1_XMD:SHA-256_SSWU_RO_NUL_");

    /** The group of the public keys; signatures live in the other one. */
    public enum Group {
        G1(48), G2(96);

        private final int compressedLength;

        Group(int compressedLength) {
            this.compressedLength = compressedLength;
        }

        public int compressedLength() {
            return compressedLength;
        }

        Group other() {
            return this == G1 ? G2 : G1;
        }
    }

    private final String id;
    private final Group keyGroup;
    private final String dst;

    Scheme(String id, Group keyGroup, String dst) {
        this.id = id;
        this.keyGroup = keyGroup;
        this.dst = dst;
    }

    /** The name clients use, e.g. {@code pedersen-bls-chained}. */
    public String id() {
        return id;
    }

    public Group keyGroup() {
        return keyGroup;
    }

    public Group signatureGroup() {
        return keyGroup.other();
    }

    public String dst() {
        return dst;
    }

    public static Optional<Scheme> byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }

    /**
     * Checks that {@code hex} is a public key of this scheme: the right length, a point of the key
     * group in its subgroup, not the identity.
     *
     * @return the key's bytes
     * @throws BlsException saying what is wrong
     */
    public byte[] requireValidPublicKey(String hex) {
        byte[] bytes = Hex.decode(hex, keyGroup.compressedLength(), "public key");
        requireValidPoint(keyGroup, bytes, "public key");
        return bytes;
    }

    /**
     * Checks that {@code hex} has the length of this scheme's signatures.
     *
     * @return the signature's bytes (whether they are a point is {@link #verify}'s business)
     * @throws BlsException WRONG_LENGTH or NOT_A_POINT for text that is not hex
     */
    public byte[] requireSignatureLength(String hex) {
        return Hex.decode(hex, signatureGroup().compressedLength(), "signature");
    }

    /**
     * CoreVerify: whether {@code signature} signs {@code message} under {@code publicKey}. Bytes that
     * are no valid point give false, never an exception.
     */
    public boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
        Objects.requireNonNull(message, "message");
        try {
            requireValidPoint(keyGroup, publicKey, "public key");
            requireValidPoint(signatureGroup(), signature, "signature");
        } catch (BlsException | NullPointerException e) {
            return false;
        }
        BLST_ERROR result = keyGroup == Group.G1
                ? new P2_Affine(signature).core_verify(new P1_Affine(publicKey), true, message, dst)
                : new P1_Affine(signature).core_verify(new P2_Affine(publicKey), true, message, dst);
        return result == BLST_ERROR.BLST_SUCCESS;
    }

    /** The compressed public key of {@code secretKey} in this scheme's key group (tests and tooling). */
    public byte[] publicKey(BlsSecretKey secretKey) {
        return keyGroup == Group.G1 ? new P1(secretKey.scalar()).compress() : new P2(secretKey.scalar()).compress();
    }

    /** CoreSign of {@code message} under this scheme (tests and tooling: DTS never holds secret keys). */
    public byte[] sign(BlsSecretKey secretKey, byte[] message) {
        Objects.requireNonNull(message, "message");
        return keyGroup == Group.G1
                ? new P2().hash_to(message, dst).sign_with(secretKey.scalar()).compress()
                : new P1().hash_to(message, dst).sign_with(secretKey.scalar()).compress();
    }

    private static void requireValidPoint(Group group, byte[] bytes, String what) {
        if (bytes.length != group.compressedLength()) {
            throw new BlsException(BlsException.Reason.WRONG_LENGTH, what + " must be " + group.compressedLength() + " bytes");
        }
        boolean inGroup;
        boolean identity;
        try {
            if (group == Group.G1) {
                P1_Affine point = new P1_Affine(bytes);
                inGroup = point.in_group();
                identity = point.is_inf();
            } else {
                P2_Affine point = new P2_Affine(bytes);
                inGroup = point.in_group();
                identity = point.is_inf();
            }
        } catch (RuntimeException e) {
            throw new BlsException(BlsException.Reason.NOT_A_POINT, what + " is not a compressed " + group + " point");
        }
        if (identity) {
            throw new BlsException(BlsException.Reason.IDENTITY, what + " is the identity");
        }
        if (!inGroup) {
            throw new BlsException(BlsException.Reason.NOT_IN_SUBGROUP, what + " is not in the " + group + " subgroup");
        }
    }

    @Override
    public String toString() {
        return id;
    }
}
