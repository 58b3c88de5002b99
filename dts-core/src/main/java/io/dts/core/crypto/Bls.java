package io.dts.core.crypto;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import supranational.blst.BLST_ERROR;
import supranational.blst.P1;
import supranational.blst.P1_Affine;
import supranational.blst.P2;
import supranational.blst.P2_Affine;
import supranational.blst.Pairing;

/**
 * The operations of the proof-of-possession scheme of draft-irtf-cfrg-bls-signature-05 (§3.3)
 * with the {@link Ciphersuite} of DESIGN.md §5.
 *
 * <p>Keys and signatures arrive already validated (see {@link BlsPublicKey#fromBytes} and {@link
 * BlsSignature#fromBytes}), so the checks here cannot fail on bytes: every verification returns
 * {@code false} for anything that does not verify, including the identity signature, and never
 * throws for non-null arguments. All methods are safe to call from many threads at once.
 */
public final class Bls {

    /** Random scalars for batch verification; SecureRandom is thread-safe. */
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Bits of each batch scalar: forging a batch then succeeds with probability 2^-64. */
    private static final int BATCH_SCALAR_BYTES = 8;

    private Bls() {
    }

    /**
     * Verify (draft-irtf-cfrg-bls-signature-05 §3.1 / §2.7 CoreVerify) under {@link
     * Ciphersuite#SIGNATURE_DST}: e(pk, H(message)) == e(g1, signature).
     */
    public static boolean verify(BlsPublicKey publicKey, byte[] message, BlsSignature signature) {
        Objects.requireNonNull(publicKey, "publicKey");
        return coreVerify(publicKey.point(), message, signature, Ciphersuite.SIGNATURE_DST);
    }

    /**
     * PopVerify (draft-irtf-cfrg-bls-signature-05 §3.3.3): whether {@code proof} signs the 48-byte
     * compressed {@code publicKey} under {@link Ciphersuite#POP_DST}. A signature made under
     * {@link Ciphersuite#SIGNATURE_DST} is never a valid proof.
     */
    public static boolean verifyProofOfPossession(BlsPublicKey publicKey, BlsSignature proof) {
        Objects.requireNonNull(publicKey, "publicKey");
        return coreVerify(publicKey.point(), publicKey.toBytes(), proof, Ciphersuite.POP_DST);
    }

    /**
     * Aggregate (draft-irtf-cfrg-bls-signature-05 §2.8): the sum of the signatures.
     *
     * @throws IllegalArgumentException if {@code signatures} is empty (the draft requires n ≥ 1)
     */
    public static BlsSignature aggregate(List<BlsSignature> signatures) {
        if (signatures.isEmpty()) {
            throw new IllegalArgumentException("cannot aggregate an empty list of signatures");
        }
        P2 sum = new P2();
        for (BlsSignature signature : signatures) {
            // add, not aggregate: aggregate would repeat the subgroup check fromBytes made.
            sum.add(signature.point());
        }
        return BlsSignature.of(sum);
    }

    /**
     * FastAggregateVerify (draft-irtf-cfrg-bls-signature-05 §3.3.4): whether {@code signature} is
     * the aggregate of signatures over one {@code message} by all of {@code publicKeys}. Sound only
     * for keys whose proofs of possession were checked. {@code false} for an empty key list and
     * when the keys sum to the identity (KeyValidate of the aggregate key fails).
     */
    public static boolean fastAggregateVerify(List<BlsPublicKey> publicKeys, byte[] message,
            BlsSignature signature) {
        if (publicKeys.isEmpty()) {
            return false;
        }
        P1 aggregateKey = BlsPublicKey.sum(publicKeys);
        if (aggregateKey.is_inf()) {
            return false;
        }
        return coreVerify(aggregateKey.to_affine(), message, signature, Ciphersuite.SIGNATURE_DST);
    }

    /**
     * AggregateVerify (draft-irtf-cfrg-bls-signature-05 §2.9 CoreAggregateVerify): whether {@code
     * signature} aggregates a signature by each key over the message at the same index. {@code
     * false} for empty or unequal lists and when two messages are equal. The last rule is the basic
     * scheme's (§3.1.1), stricter than the proof-of-possession scheme (§3.3) needs; it is kept so
     * that one message signed by many keys always goes through {@link #fastAggregateVerify}.
     */
    public static boolean aggregateVerify(List<BlsPublicKey> publicKeys, List<byte[]> messages,
            BlsSignature signature) {
        Objects.requireNonNull(signature, "signature");
        if (publicKeys.isEmpty() || publicKeys.size() != messages.size() || signature.isInfinity()
                || hasDuplicates(messages)) {
            return false;
        }
        Pairing pairing = new Pairing(true, Ciphersuite.SIGNATURE_DST);
        for (int i = 0; i < publicKeys.size(); i++) {
            // The signature goes in once; later pairs add only e(pk_i, H(m_i)).
            P2_Affine sig = i == 0 ? signature.point() : null;
            if (pairing.aggregate(publicKeys.get(i).point(), sig, messages.get(i))
                    != BLST_ERROR.BLST_SUCCESS) {
                return false;
            }
        }
        pairing.commit();
        return pairing.finalverify();
    }

    /**
     * Whether every set verifies (as {@link #verify} would say), checked at once by a random linear
     * combination: with fresh non-zero 64-bit scalars c_i, e(g1, Σ c_i·σ_i) == Π e(c_i·pk_i,
     * H(m_i)) in one multi-pairing. A batch with an invalid set passes with probability at most
     * 2^-64. {@code true} for an empty list (nothing fails). Use {@link #invalidSignatureSets} to
     * find the culprits when this is {@code false}.
     */
    public static boolean batchVerify(List<SignatureSet> sets) {
        Pairing pairing = new Pairing(true, Ciphersuite.SIGNATURE_DST);
        for (SignatureSet set : sets) {
            // jblst skips an identity signature in the sum; reject it here so that it never counts.
            if (set.signature().isInfinity()) {
                return false;
            }
            BLST_ERROR result = pairing.mul_n_aggregate(set.publicKey().point(),
                    set.signature().point(), randomNonZeroScalar(), set.message());
            if (result != BLST_ERROR.BLST_SUCCESS) {
                return false;
            }
        }
        if (sets.isEmpty()) {
            return true;
        }
        pairing.commit();
        return pairing.finalverify();
    }

    /**
     * The indices (ascending) of the sets that do not verify; empty when {@link #batchVerify}
     * holds. Costs one batch check when all are valid, plus one check per set otherwise; a lone set
     * is checked plainly, without the batch's random scalars.
     */
    public static List<Integer> invalidSignatureSets(List<SignatureSet> sets) {
        if (sets.size() == 1) {
            SignatureSet only = sets.get(0);
            return verify(only.publicKey(), only.message(), only.signature()) ? List.of() : List.of(0);
        }
        if (batchVerify(sets)) {
            return List.of();
        }
        List<Integer> invalid = new ArrayList<>();
        for (int i = 0; i < sets.size(); i++) {
            SignatureSet set = sets.get(i);
            if (!verify(set.publicKey(), set.message(), set.signature())) {
                invalid.add(i);
            }
        }
        return List.copyOf(invalid);
    }

    private static boolean coreVerify(P1_Affine publicKey, byte[] message, BlsSignature signature,
            String dst) {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(signature, "signature");
        // The identity never verifies against a valid key; saying so here costs no pairing.
        if (signature.isInfinity()) {
            return false;
        }
        return signature.point().core_verify(publicKey, true, message, dst)
                == BLST_ERROR.BLST_SUCCESS;
    }

    private static boolean hasDuplicates(List<byte[]> messages) {
        Set<ByteBuffer> seen = new HashSet<>();
        for (byte[] message : messages) {
            if (!seen.add(ByteBuffer.wrap(message.clone()))) {
                return true;
            }
        }
        return false;
    }

    private static BigInteger randomNonZeroScalar() {
        byte[] bytes = new byte[BATCH_SCALAR_BYTES];
        BigInteger scalar;
        do {
            RANDOM.nextBytes(bytes);
            scalar = new BigInteger(1, bytes);
        } while (scalar.signum() == 0);
        return scalar;
    }
}
