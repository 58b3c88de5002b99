package io.dts.core.crypto;

import static io.dts.core.crypto.BlsAssertions.assertReason;
import static org.assertj.core.api.Assertions.assertThat;

import io.dts.core.crypto.BlsException.Reason;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class BlsSecretKeyTest {

    @Test
    void fromBytesRejectsZeroAsInvalidSecretKey() {
        assertReason(() -> BlsSecretKey.fromBytes(new byte[32]), Reason.INVALID_SECRET_KEY);
    }

    @Test
    void fromBytesRejectsTheGroupOrderAndAboveAsInvalidSecretKey() {
        byte[] allOnes = new byte[32];
        Arrays.fill(allOnes, (byte) 0xff);

        assertReason(() -> BlsSecretKey.fromBytes(TestKeys.scalar(TestKeys.ORDER)),
                Reason.INVALID_SECRET_KEY);
        assertReason(() -> BlsSecretKey.fromBytes(allOnes), Reason.INVALID_SECRET_KEY);
    }

    @Test
    void fromBytesAcceptsOneAndTheLargestScalar() {
        BlsSecretKey one = BlsSecretKey.fromBytes(TestKeys.scalar(BigInteger.ONE));
        BlsSecretKey largest = BlsSecretKey.fromBytes(
                TestKeys.scalar(TestKeys.ORDER.subtract(BigInteger.ONE)));

        // 1 gives the G1 generator; r - 1 gives its negation, which differs only in the sign bit.
        assertThat(one.publicKey().toHex()).isEqualTo(
                "97f1d3a73197d7942695638c4fa9ac0fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb");
        assertThat(largest.publicKey().toHex()).startsWith("b7f1d3a7");
    }

    @Test
    void fromBytesRejectsWrongLengthAsWrongLength() {
        assertReason(() -> BlsSecretKey.fromBytes(new byte[31]), Reason.WRONG_LENGTH);
        assertReason(() -> BlsSecretKey.fromBytes(new byte[33]), Reason.WRONG_LENGTH);
    }

    @Test
    void toBytesRoundTripsThroughFromBytes() {
        BlsSecretKey key = TestKeys.key(7);

        assertThat(BlsSecretKey.fromBytes(key.toBytes()).publicKey()).isEqualTo(key.publicKey());
    }

    @Test
    void fromSeedMatchesTheDraftKeyGen() throws GeneralSecurityException {
        for (int i = 0; i < 4; i++) {
            byte[] ikm = new byte[32 + i];
            Arrays.fill(ikm, (byte) (0x11 * i));

            assertThat(BlsSecretKey.fromSeed(ikm).toBytes()).isEqualTo(referenceKeyGen(ikm));
        }
    }

    @Test
    void fromSeedIsDeterministic() {
        assertThat(TestKeys.key(3).publicKey()).isEqualTo(TestKeys.key(3).publicKey());
        assertThat(TestKeys.key(3).publicKey()).isNotEqualTo(TestKeys.key(4).publicKey());
    }

    @Test
    void fromSeedRefusesLessThan32BytesOfKeyingMaterial() {
        assertReason(() -> BlsSecretKey.fromSeed(new byte[31]), Reason.WRONG_LENGTH);
    }

    @Test
    void generateGivesDifferentKeysEachTime() {
        SecureRandom random = new SecureRandom();

        assertThat(BlsSecretKey.generate(random).publicKey())
                .isNotEqualTo(BlsSecretKey.generate(random).publicKey());
    }

    @Test
    void signMatchesTheEthereumVectorForAKnownKey() {
        BlsSecretKey key = BlsSecretKey.fromBytes(
                TestKeys.hex("47b8192d77bf871b62e87859d653922725724a5c031afeabc60bcef5ff665138"));

        assertThat(key.sign(new byte[32]).toHex()).startsWith("b23c46be3a001c63ca711f87a005c200");
    }

    @Test
    void toStringNeverShowsTheSecret() {
        BlsSecretKey key = TestKeys.key(5);
        String secretHex = HexFormat.of().formatHex(key.toBytes());

        assertThat(key.toString()).doesNotContain(secretHex)
                .contains(key.publicKey().toHex());
    }

    /**
     * KeyGen of draft-irtf-cfrg-bls-signature-05 §2.3, written from the draft with the JDK's
     * HMAC-SHA-256, to check jblst's keygen against.
     */
    private static byte[] referenceKeyGen(byte[] ikm) throws GeneralSecurityException {
        byte[] salt = "BLS-SIG-KEYGEN-SALT-".getBytes(StandardCharsets.US_ASCII);
        byte[] ikmWithZero = Arrays.copyOf(ikm, ikm.length + 1);
        byte[] info = {0, 48}; // key_info (empty) || I2OSP(L, 2), L = 48
        BigInteger sk = BigInteger.ZERO;
        while (sk.signum() == 0) {
            salt = MessageDigest.getInstance("SHA-256").digest(salt);
            byte[] prk = hmac(salt, ikmWithZero);
            byte[] t1 = hmac(prk, concat(info, new byte[] {1}));
            byte[] t2 = hmac(prk, concat(t1, info, new byte[] {2}));
            byte[] okm = Arrays.copyOf(concat(t1, t2), 48);
            sk = new BigInteger(1, okm).mod(TestKeys.ORDER);
        }
        return TestKeys.scalar(sk);
    }

    private static byte[] hmac(byte[] key, byte[] data) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data);
    }

    private static byte[] concat(byte[]... parts) {
        byte[] out = new byte[Arrays.stream(parts).mapToInt(p -> p.length).sum()];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }
}
