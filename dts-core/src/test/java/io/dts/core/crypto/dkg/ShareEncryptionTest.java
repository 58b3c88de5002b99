package io.dts.core.crypto.dkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dts.core.crypto.BlsSecretKey;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** THRESHOLD.md "Deal" step 3: only the receiver, in the right context, gets the share back. */
class ShareEncryptionTest {

    private final BlsSecretKey receiver = DkgFixture.key(1);
    private final BigInteger share = DkgFixture.scalar("share");
    private final BigInteger rho = DkgFixture.scalar("rho");
    private final EncryptedShare encrypted = ShareEncryption.encrypt(share, receiver.publicKey(), DkgFixture.EPOCH,
            2, 1, rho);

    @Test
    void theReceiverDecryptsTheShare() {
        assertThat(encrypted.ephemeralKey()).hasSize(48);
        assertThat(encrypted.ciphertext()).hasSize(48);
        assertThat(ShareEncryption.decrypt(receiver, encrypted, DkgFixture.EPOCH, 2).share()).isEqualTo(share);
    }

    @Test
    void anyoneWithTheSharedPointDecryptsTheShare() {
        var ephemeral = io.dts.core.crypto.BlsPublicKey.fromBytes(encrypted.ephemeralKey());
        var shared = ShareEncryption.sharedPoint(receiver, ephemeral);
        assertThat(shared).isEqualTo(Points.key(Points.times(receiver.publicKey(), rho)));
        assertThat(ShareEncryption.decryptWithSharedPoint(shared, encrypted, DkgFixture.EPOCH, 2).share())
                .isEqualTo(share);
    }

    @Test
    void anotherKeyFailsAuthentication() {
        assertThat(ShareEncryption.decrypt(DkgFixture.key(9), encrypted, DkgFixture.EPOCH, 2).failure())
                .isEqualTo(ShareDecryption.Failure.AUTHENTICATION_FAILED);
    }

    @Test
    void anotherEpochDealerOrReceiverFailsAuthentication() {
        assertThat(ShareEncryption.decrypt(receiver, encrypted, DkgFixture.EPOCH + 1, 2).failure())
                .isEqualTo(ShareDecryption.Failure.AUTHENTICATION_FAILED);
        assertThat(ShareEncryption.decrypt(receiver, encrypted, DkgFixture.EPOCH, 3).failure())
                .isEqualTo(ShareDecryption.Failure.AUTHENTICATION_FAILED);
        EncryptedShare readdressed = new EncryptedShare(4, encrypted.ephemeralKey(), encrypted.ciphertext());
        assertThat(ShareEncryption.decrypt(receiver, readdressed, DkgFixture.EPOCH, 2).failure())
                .isEqualTo(ShareDecryption.Failure.AUTHENTICATION_FAILED);
    }

    @Test
    void aFlippedCiphertextBitFailsAuthentication() {
        byte[] c = encrypted.ciphertext();
        c[5] ^= 1;
        EncryptedShare tampered = new EncryptedShare(1, encrypted.ephemeralKey(), c);
        assertThat(ShareEncryption.decrypt(receiver, tampered, DkgFixture.EPOCH, 2).failure())
                .isEqualTo(ShareDecryption.Failure.AUTHENTICATION_FAILED);
    }

    @Test
    void aMalformedEphemeralKeyOrCiphertextIsNamed() {
        byte[] r = encrypted.ephemeralKey();
        r[0] = 0; // uncompressed flag cleared: not our encoding
        assertThat(ShareEncryption.decrypt(receiver, new EncryptedShare(1, r, encrypted.ciphertext()),
                DkgFixture.EPOCH, 2).failure()).isEqualTo(ShareDecryption.Failure.EPHEMERAL_KEY_INVALID);
        assertThat(ShareEncryption.decrypt(receiver, new EncryptedShare(1, encrypted.ephemeralKey(), new byte[47]),
                DkgFixture.EPOCH, 2).failure()).isEqualTo(ShareDecryption.Failure.CIPHERTEXT_LENGTH);
    }

    @Test
    void aPlaintextNotBelowRIsNoShare() {
        // Encrypt r itself by hand with the key the receiver derives: authentic, but no scalar.
        var ephemeral = Points.key(Points.generatorTimes(rho));
        var shared = Points.key(Points.times(receiver.publicKey(), rho));
        byte[] key = ShareEncryption.derivedKey(shared, ephemeral, DkgFixture.EPOCH, 2, 1);
        byte[] c = Aes.encrypt(key, Points.ORDER.toByteArray() /* 32 bytes: r < 2^255 */);
        assertThat(ShareEncryption.decrypt(receiver, new EncryptedShare(1, ephemeral.toBytes(), c),
                DkgFixture.EPOCH, 2).failure()).isEqualTo(ShareDecryption.Failure.SHARE_OUT_OF_RANGE);
    }

    @Test
    void aZeroRhoIsRefused() {
        assertThatThrownBy(() -> ShareEncryption.encrypt(share, receiver.publicKey(), 1, 1, 1, BigInteger.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** AES-256-GCM with the zero nonce, as the scheme uses it, for hand-made ciphertexts. */
    static final class Aes {
        static byte[] encrypt(byte[] key, byte[] plaintext) {
            try {
                var cipher = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(javax.crypto.Cipher.ENCRYPT_MODE, new javax.crypto.spec.SecretKeySpec(key, "AES"),
                        new javax.crypto.spec.GCMParameterSpec(128, new byte[12]));
                return cipher.doFinal(plaintext);
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
