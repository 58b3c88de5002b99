package io.dts.core.crypto;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Objects;
import supranational.blst.P1;
import supranational.blst.P2;
import supranational.blst.SecretKey;

/**
 * A BLS secret key: a scalar in [1, r) (draft-irtf-cfrg-bls-signature-05 §2.3).
 *
 * <p><b>For tests and tooling only.</b> The DTS network never holds a signer's secret key:
 * signers sign on their own machines and the network only verifies. Fixtures use this class to
 * make deterministic keys and signatures; tools may use it to make keys for operators.
 *
 * <p>Immutable and safe to share between threads. {@link #toString()} never shows the scalar.
 */
public final class BlsSecretKey {

    /** The order r of G1 and G2 (draft-irtf-cfrg-bls-signature-05 §4.2, RFC 9380 §8.8). */
    static final BigInteger ORDER = new BigInteger(
            "73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001", 16);

    /** KeyGen requires at least this much input keying material (draft §2.3). */
    private static final int MIN_IKM_LENGTH = 32;

    private final SecretKey key;
    private final BlsPublicKey publicKey;

    private BlsSecretKey(SecretKey key) {
        this.key = key;
        this.publicKey = BlsPublicKey.of(new P1(key));
    }

    /**
     * A secret key from its 32-byte big-endian encoding.
     *
     * @throws BlsException WRONG_LENGTH unless 32 bytes; INVALID_SECRET_KEY if the scalar is zero
     *     or not below r (jblst would take either without complaint)
     */
    public static BlsSecretKey fromBytes(byte[] bigEndian32) {
        if (bigEndian32 == null || bigEndian32.length != Ciphersuite.SECRET_KEY_LENGTH) {
            throw new BlsException(BlsException.Reason.WRONG_LENGTH, "a secret key is "
                    + Ciphersuite.SECRET_KEY_LENGTH + " bytes");
        }
        BigInteger scalar = new BigInteger(1, bigEndian32);
        if (scalar.signum() == 0 || scalar.compareTo(ORDER) >= 0) {
            throw new BlsException(BlsException.Reason.INVALID_SECRET_KEY,
                    "a secret key must be in [1, r)");
        }
        SecretKey key = new SecretKey();
        key.from_bendian(bigEndian32.clone());
        return new BlsSecretKey(key);
    }

    /**
     * KeyGen of draft-irtf-cfrg-bls-signature-05 §2.3 (HKDF-SHA-256 with salt
     * "BLS-SIG-KEYGEN-SALT-", empty key_info): the same seed always gives the same key, as in every
     * conforming library.
     *
     * @param ikm secret input keying material, at least 32 bytes
     * @throws BlsException WRONG_LENGTH if {@code ikm} is shorter than 32 bytes (jblst would
     *     silently return the zero key)
     */
    public static BlsSecretKey fromSeed(byte[] ikm) {
        if (ikm == null || ikm.length < MIN_IKM_LENGTH) {
            throw new BlsException(BlsException.Reason.WRONG_LENGTH,
                    "KeyGen needs at least " + MIN_IKM_LENGTH + " bytes of keying material");
        }
        SecretKey key = new SecretKey();
        key.keygen(ikm.clone());
        return new BlsSecretKey(key);
    }

    /** A fresh key: KeyGen over 32 bytes from {@code random}. */
    public static BlsSecretKey generate(SecureRandom random) {
        byte[] ikm = new byte[MIN_IKM_LENGTH];
        random.nextBytes(ikm);
        return fromSeed(ikm);
    }

    /** SkToPk (draft-irtf-cfrg-bls-signature-05 §2.4). */
    public BlsPublicKey publicKey() {
        return publicKey;
    }

    /**
     * Sign of the proof-of-possession scheme (draft-irtf-cfrg-bls-signature-05 §3.3 and §2.6
     * CoreSign): the message hashed to G2 under {@link Ciphersuite#SIGNATURE_DST} (RFC 9380
     * hash_to_curve), times the secret scalar.
     */
    public BlsSignature sign(byte[] message) {
        return signUnder(Objects.requireNonNull(message, "message"), Ciphersuite.SIGNATURE_DST);
    }

    /**
     * PopProve (draft-irtf-cfrg-bls-signature-05 §3.3.2): the 48-byte compressed public key signed
     * under {@link Ciphersuite#POP_DST}, so it can never be mistaken for an ordinary signature.
     */
    public BlsSignature proveProofOfPossession() {
        return signUnder(publicKey.toBytes(), Ciphersuite.POP_DST);
    }

    private BlsSignature signUnder(byte[] message, String dst) {
        // hash_to and sign_with mutate the fresh P2 in place; the shared key is only read.
        return BlsSignature.of(new P2().hash_to(message, dst).sign_with(key));
    }

    /** The scalar, for other schemes' signing in this package ({@link Scheme}). */
    SecretKey scalar() {
        return key;
    }

    /** The 32-byte big-endian scalar. Handle with care: this is the secret. */
    public byte[] toBytes() {
        return key.to_bendian();
    }

    /** Names the public key only. */
    @Override
    public String toString() {
        return "BlsSecretKey[publicKey=" + publicKey.toHex() + "]";
    }
}
