package io.dts.core.crypto.dkg;

import io.dts.core.crypto.BlsException;
import io.dts.core.crypto.BlsPublicKey;
import io.dts.core.crypto.BlsSecretKey;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encryption of a dealer's share to a receiver's registered key (THRESHOLD.md "Deal" step 3 and
 * "Byte layouts"): {@code R = ρ·g}, {@code K = ρ·PK_j = sk_j·R},
 * {@code k = HKDF-SHA256(ikm = K, salt = R, info = "DTS-DKG-v1" ‖ epoch(8) ‖ i(4) ‖ j(4))} (RFC 5869),
 * {@code c = AES-256-GCM(k, nonce = 12 zero bytes, plaintext = s_ij)}. The zero nonce is safe
 * because every {@code k} is used once: it depends on a fresh {@code ρ} and on the (epoch, i, j)
 * context, which also stops an entry being replayed into another session or to another receiver.
 */
public final class ShareEncryption {

    /** Bytes of {@code c}: the 32-byte share and the 16-byte GCM tag. */
    public static final int CIPHERTEXT_LENGTH = 48;

    /** Bytes of {@code R} and {@code K}: compressed G1. */
    public static final int POINT_LENGTH = 48;

    private static final byte[] INFO_DOMAIN = "DTS-DKG-v1".getBytes(StandardCharsets.US_ASCII);
    private static final int KEY_LENGTH = 32;
    private static final int TAG_BITS = 128;
    private static final int NONCE_LENGTH = 12;

    private ShareEncryption() {
    }

    /**
     * Encrypts {@code share} = s_ij for receiver j under {@code receiverKey} with the ephemeral
     * scalar {@code rho} (fresh from a SecureRandom except in known-answer tests).
     *
     * @throws IllegalArgumentException if {@code rho} or {@code share} is outside [1, r)
     */
    public static EncryptedShare encrypt(BigInteger share, BlsPublicKey receiverKey, long epoch,
            int dealerIndex, int receiverIndex, BigInteger rho) {
        Scalars.requireNonZero(share, "share");
        Scalars.requireNonZero(rho, "rho");
        BlsPublicKey ephemeral = Points.key(Points.generatorTimes(rho));
        BlsPublicKey shared = Points.key(Points.times(receiverKey, rho));
        byte[] key = derivedKey(shared, ephemeral, epoch, dealerIndex, receiverIndex);
        byte[] ciphertext = aesGcm(Cipher.ENCRYPT_MODE, key, Scalars.toBytes(share));
        return new EncryptedShare(receiverIndex, ephemeral.toBytes(), ciphertext);
    }

    /** Receiver j's decryption with its own secret key: {@code K = sk_j·R}. */
    public static ShareDecryption decrypt(BlsSecretKey receiverKey, EncryptedShare encrypted,
            long epoch, int dealerIndex) {
        BlsPublicKey ephemeral;
        try {
            ephemeral = BlsPublicKey.fromBytes(encrypted.ephemeralKey());
        } catch (BlsException e) {
            return ShareDecryption.failed(ShareDecryption.Failure.EPHEMERAL_KEY_INVALID);
        }
        return decryptWithSharedPoint(sharedPoint(receiverKey, ephemeral), encrypted, epoch, dealerIndex);
    }

    /**
     * Decryption from a revealed shared point {@code K} (a complaint's), so that anyone can see
     * what the dealer sent; the caller checks {@code K} with {@link Dleq#verify} first.
     */
    public static ShareDecryption decryptWithSharedPoint(BlsPublicKey sharedPoint,
            EncryptedShare encrypted, long epoch, int dealerIndex) {
        BlsPublicKey ephemeral;
        try {
            ephemeral = BlsPublicKey.fromBytes(encrypted.ephemeralKey());
        } catch (BlsException e) {
            return ShareDecryption.failed(ShareDecryption.Failure.EPHEMERAL_KEY_INVALID);
        }
        byte[] ciphertext = encrypted.ciphertext();
        if (ciphertext.length != CIPHERTEXT_LENGTH) {
            return ShareDecryption.failed(ShareDecryption.Failure.CIPHERTEXT_LENGTH);
        }
        byte[] key = derivedKey(sharedPoint, ephemeral, epoch, dealerIndex, encrypted.receiverIndex());
        byte[] plaintext;
        try {
            plaintext = aesGcmOrThrow(Cipher.DECRYPT_MODE, key, ciphertext);
        } catch (AuthenticationException e) {
            return ShareDecryption.failed(ShareDecryption.Failure.AUTHENTICATION_FAILED);
        }
        BigInteger share = new BigInteger(1, plaintext);
        return share.compareTo(Points.ORDER) >= 0
                ? ShareDecryption.failed(ShareDecryption.Failure.SHARE_OUT_OF_RANGE)
                : ShareDecryption.of(share);
    }

    /** {@code K = sk·R}, the point the receiver reveals in a complaint. */
    public static BlsPublicKey sharedPoint(BlsSecretKey secretKey, BlsPublicKey ephemeralKey) {
        return Points.key(Points.times(ephemeralKey, Scalars.of(secretKey)));
    }

    /**
     * The AES key: HKDF-SHA256 (RFC 5869) with ikm = K, salt = R and
     * info = "DTS-DKG-v1" ‖ epoch(8) ‖ i(4) ‖ j(4) (THRESHOLD.md "Byte layouts"), 32 bytes.
     */
    public static byte[] derivedKey(BlsPublicKey sharedPoint, BlsPublicKey ephemeralKey, long epoch,
            int dealerIndex, int receiverIndex) {
        byte[] info = ByteBuffer.allocate(INFO_DOMAIN.length + 16).put(INFO_DOMAIN).putLong(epoch)
                .putInt(dealerIndex).putInt(receiverIndex).array();
        return Hkdf.sha256(sharedPoint.toBytes(), ephemeralKey.toBytes(), info, KEY_LENGTH);
    }

    /** A failed GCM tag check, kept apart from configuration errors that cannot happen. */
    private static final class AuthenticationException extends Exception {
        private static final long serialVersionUID = 1L;
    }

    private static byte[] aesGcm(int mode, byte[] key, byte[] input) {
        try {
            return aesGcmOrThrow(mode, key, input);
        } catch (AuthenticationException e) {
            throw new IllegalStateException("encryption never checks a tag", e);
        }
    }

    private static byte[] aesGcmOrThrow(int mode, byte[] key, byte[] input) throws AuthenticationException {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"),
                    new GCMParameterSpec(TAG_BITS, new byte[NONCE_LENGTH]));
            return cipher.doFinal(input);
        } catch (AEADBadTagException e) {
            throw new AuthenticationException();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has AES-256-GCM", e);
        }
    }
}
