package io.dts.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static io.dts.core.crypto.BlsAssertions.assertReason;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dts.core.crypto.BlsException.Reason;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlsPublicKeyTest {

    /** Public key of secret key 0x47b8…5138 in the Ethereum sign vectors. */
    private static final String KNOWN_KEY =
            "b301803f8b5ac4a1133581fc676dfedc60d891dd5fa99028805e5ea5b08d3491af75d0707adab3b70c6a6a580217bf81";

    @Test
    void fromBytesAcceptsAValidKeyAndKeepsItsBytes() {
        BlsPublicKey key = BlsPublicKey.fromBytes(TestKeys.hex(KNOWN_KEY));

        assertThat(key.toHex()).isEqualTo(KNOWN_KEY);
        assertThat(key.toBytes()).hasSize(Ciphersuite.PUBLIC_KEY_LENGTH);
    }

    @Test
    void fromBytesRejectsWrongLengthAsWrongLength() {
        byte[] valid = TestKeys.hex(KNOWN_KEY);

        assertReason(() -> BlsPublicKey.fromBytes(Arrays.copyOf(valid, 47)), Reason.WRONG_LENGTH);
        assertReason(() -> BlsPublicKey.fromBytes(Arrays.copyOf(valid, 49)), Reason.WRONG_LENGTH);
        assertReason(() -> BlsPublicKey.fromBytes(new byte[0]), Reason.WRONG_LENGTH);
        assertReason(() -> BlsPublicKey.fromBytes(null), Reason.WRONG_LENGTH);
    }

    @Test
    void fromBytesRejectsTheUncompressedEncodingAsWrongLength() {
        byte[] uncompressed = TestKeys.key(1).publicKey().point().serialize();

        assertThat(uncompressed).hasSize(96);
        assertReason(() -> BlsPublicKey.fromBytes(uncompressed), Reason.WRONG_LENGTH);
    }

    @Test
    void fromBytesRejectsGarbageAsNotAPoint() {
        byte[] allOnes = new byte[48];
        Arrays.fill(allOnes, (byte) 0xff);
        byte[] noCompressionFlag = TestKeys.hex(KNOWN_KEY);
        noCompressionFlag[0] &= 0x7f;
        byte[] xNotOnCurve = new byte[48];
        xNotOnCurve[0] = (byte) 0x80;
        xNotOnCurve[47] = 1;

        assertReason(() -> BlsPublicKey.fromBytes(allOnes), Reason.NOT_A_POINT);
        assertReason(() -> BlsPublicKey.fromBytes(new byte[48]), Reason.NOT_A_POINT);
        assertReason(() -> BlsPublicKey.fromBytes(noCompressionFlag), Reason.NOT_A_POINT);
        assertReason(() -> BlsPublicKey.fromBytes(xNotOnCurve), Reason.NOT_A_POINT);
    }

    @Test
    void fromBytesRejectsTheIdentityKey() {
        byte[] identity = new byte[48];
        identity[0] = (byte) 0xc0;

        assertReason(() -> BlsPublicKey.fromBytes(identity), Reason.IDENTITY);
    }

    @Test
    void fromBytesRejectsACurvePointOutsideTheSubgroup() {
        // x = 4 is on E(Fp) but its point has order outside r (found by trying small x).
        byte[] outside = new byte[48];
        outside[0] = (byte) 0x80;
        outside[47] = 4;

        assertReason(() -> BlsPublicKey.fromBytes(outside), Reason.NOT_IN_SUBGROUP);
    }

    @Test
    void fromHexAcceptsTheKeyWithAndWithoutPrefix() {
        BlsPublicKey plain = BlsPublicKey.fromHex(KNOWN_KEY);

        assertThat(BlsPublicKey.fromHex("0x" + KNOWN_KEY)).isEqualTo(plain);
        assertThat(BlsPublicKey.fromHex(KNOWN_KEY.toUpperCase())).isEqualTo(plain);
        assertThat(plain.toHex()).isEqualTo(KNOWN_KEY);
    }

    @Test
    void fromHexRejectsNonHexAsNotAPointAndWrongSizeAsWrongLength() {
        assertReason(() -> BlsPublicKey.fromHex("zz" + KNOWN_KEY.substring(2)), Reason.NOT_A_POINT);
        assertReason(() -> BlsPublicKey.fromHex(" " + KNOWN_KEY.substring(1)), Reason.NOT_A_POINT);
        assertReason(() -> BlsPublicKey.fromHex(KNOWN_KEY + "00"), Reason.WRONG_LENGTH);
        assertReason(() -> BlsPublicKey.fromHex(KNOWN_KEY.substring(1)), Reason.WRONG_LENGTH);
        assertReason(() -> BlsPublicKey.fromHex("0x"), Reason.WRONG_LENGTH);
        assertReason(() -> BlsPublicKey.fromHex(null), Reason.WRONG_LENGTH);
    }

    @Test
    void keysAreEqualWhenTheirBytesAreEqual() {
        BlsPublicKey a = BlsPublicKey.fromHex(KNOWN_KEY);
        BlsPublicKey b = BlsPublicKey.fromBytes(TestKeys.hex(KNOWN_KEY));

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(TestKeys.key(1).publicKey());
    }

    @Test
    void toBytesReturnsACopyThatCannotChangeTheKey() {
        BlsPublicKey key = BlsPublicKey.fromHex(KNOWN_KEY);
        key.toBytes()[5] ^= 1;

        assertThat(key.toHex()).isEqualTo(KNOWN_KEY);
    }

    @Test
    void aggregateOfOneKeyIsThatKey() {
        BlsPublicKey key = TestKeys.key(1).publicKey();

        assertThat(BlsPublicKey.aggregate(List.of(key))).isEqualTo(key);
    }

    @Test
    void aggregateIsThePublicKeyOfTheSumOfSecretKeys() {
        BlsSecretKey a = TestKeys.key(1);
        BlsSecretKey b = TestKeys.key(2);
        BlsSecretKey sum = BlsSecretKey.fromBytes(TestKeys.scalar(
                new BigInteger(1, a.toBytes()).add(new BigInteger(1, b.toBytes()))
                        .mod(TestKeys.ORDER)));

        assertThat(BlsPublicKey.aggregate(List.of(a.publicKey(), b.publicKey())))
                .isEqualTo(sum.publicKey());
    }

    @Test
    void aggregateRefusesAnEmptyList() {
        assertThatThrownBy(() -> BlsPublicKey.aggregate(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aggregateOfAKeyAndItsNegationIsRefusedAsIdentity() {
        BlsSecretKey key = TestKeys.key(1);
        BlsSecretKey negated = TestKeys.negated(key);

        assertReason(() -> BlsPublicKey.aggregate(List.of(key.publicKey(), negated.publicKey())),
                Reason.IDENTITY);
    }
}
