package io.dts.core.crypto;

/**
 * The one ciphersuite DTS uses (DESIGN.md §5): {@code BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_}
 * of draft-irtf-cfrg-bls-signature-05 §4.2.3 — public keys in G1, signatures in G2, messages
 * hashed to G2 with {@code BLS12381G2_XMD:SHA-256_SSWU_RO_} (RFC 9380 §8.8.2), and proofs of
 * possession hashed under their own domain separation tag.
 */
public final class Ciphersuite {

    /** Domain separation tag for signatures (draft-irtf-cfrg-bls-signature-05 §4.2.3). */
    public static final String SIGNATURE_DST = "BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_";

    /** Domain separation tag for proofs of possession (draft-irtf-cfrg-bls-signature-05 §4.2.3). */
    public static final String POP_DST = "BLS_POP_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_";

    /** Bytes of a compressed G1 point (draft-irtf-cfrg-bls-signature-05 Appendix A). */
    public static final int PUBLIC_KEY_LENGTH = 48;

    /** Bytes of a compressed G2 point (draft-irtf-cfrg-bls-signature-05 Appendix A). */
    public static final int SIGNATURE_LENGTH = 96;

    /** Bytes of a big-endian secret scalar (draft-irtf-cfrg-bls-signature-05 §2.3). */
    public static final int SECRET_KEY_LENGTH = 32;

    private Ciphersuite() {
    }
}
