package io.dts.core.crypto;

import static io.dts.core.crypto.BlsAssertions.assertReason;
import static org.assertj.core.api.Assertions.assertThat;

import io.dts.core.crypto.BlsException.Reason;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BlsSignatureTest {

    private static final String IDENTITY = "c0" + "00".repeat(95);

    private final BlsSignature signature = TestKeys.key(1).sign(TestKeys.message("hello"));

    @Test
    void fromBytesAcceptsAValidSignatureAndKeepsItsBytes() {
        BlsSignature decoded = BlsSignature.fromBytes(signature.toBytes());

        assertThat(decoded).isEqualTo(signature).hasSameHashCodeAs(signature);
        assertThat(decoded.toBytes()).hasSize(Ciphersuite.SIGNATURE_LENGTH);
        assertThat(decoded.isInfinity()).isFalse();
    }

    @Test
    void fromBytesRejectsWrongLengthAsWrongLength() {
        byte[] valid = signature.toBytes();

        assertReason(() -> BlsSignature.fromBytes(Arrays.copyOf(valid, 95)), Reason.WRONG_LENGTH);
        assertReason(() -> BlsSignature.fromBytes(Arrays.copyOf(valid, 97)), Reason.WRONG_LENGTH);
        assertReason(() -> BlsSignature.fromBytes(TestKeys.key(1).publicKey().toBytes()),
                Reason.WRONG_LENGTH);
        assertReason(() -> BlsSignature.fromBytes(signature.point().serialize()),
                Reason.WRONG_LENGTH);
    }

    @Test
    void fromBytesRejectsGarbageAsNotAPoint() {
        byte[] allOnes = new byte[96];
        Arrays.fill(allOnes, (byte) 0xff);
        byte[] noCompressionFlag = signature.toBytes();
        noCompressionFlag[0] &= 0x7f;
        byte[] identityWithSignBit = TestKeys.hex(IDENTITY);
        identityWithSignBit[0] = (byte) 0xe0;

        assertReason(() -> BlsSignature.fromBytes(allOnes), Reason.NOT_A_POINT);
        assertReason(() -> BlsSignature.fromBytes(new byte[96]), Reason.NOT_A_POINT);
        assertReason(() -> BlsSignature.fromBytes(noCompressionFlag), Reason.NOT_A_POINT);
        assertReason(() -> BlsSignature.fromBytes(identityWithSignBit), Reason.NOT_A_POINT);
    }

    @Test
    void fromBytesRejectsACurvePointOutsideTheSubgroup() {
        // x = 0·u + 2 is on E'(Fp2) but not in the order-r subgroup (found by trying small x).
        byte[] outside = new byte[96];
        outside[0] = (byte) 0x80;
        outside[95] = 2;

        assertReason(() -> BlsSignature.fromBytes(outside), Reason.NOT_IN_SUBGROUP);
    }

    @Test
    void fromBytesAcceptsTheIdentityAndMarksIt() {
        BlsSignature identity = BlsSignature.fromHex(IDENTITY);

        assertThat(identity.isInfinity()).isTrue();
        assertThat(identity.toHex()).isEqualTo(IDENTITY);
    }

    @Test
    void fromHexAcceptsTheSignatureWithAndWithoutPrefix() {
        String hex = signature.toHex();

        assertThat(hex).matches("[0-9a-f]{192}");
        assertThat(BlsSignature.fromHex(hex)).isEqualTo(signature);
        assertThat(BlsSignature.fromHex("0x" + hex)).isEqualTo(signature);
    }

    @Test
    void fromHexRejectsNonHexAsNotAPointAndWrongSizeAsWrongLength() {
        String hex = signature.toHex();

        assertReason(() -> BlsSignature.fromHex("0x" + hex.substring(0, 190) + "gg"),
                Reason.NOT_A_POINT);
        assertReason(() -> BlsSignature.fromHex(hex.substring(2)), Reason.WRONG_LENGTH);
        assertReason(() -> BlsSignature.fromHex("0x0x" + hex), Reason.WRONG_LENGTH);
        assertReason(() -> BlsSignature.fromHex(""), Reason.WRONG_LENGTH);
    }

    @Test
    void toBytesReturnsACopyThatCannotChangeTheSignature() {
        String before = signature.toHex();
        signature.toBytes()[10] ^= 1;

        assertThat(signature.toHex()).isEqualTo(before);
    }
}
