package io.dts.core.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dts.core.error.DtsException;
import io.dts.core.error.ErrorCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class SigningRulesTest {

    @Test
    void messageHashIsExactlyThirtyTwoBytesOfHexWithOrWithout0x() {
        assertThat(Hashes.parse("ab".repeat(32))).hasSize(32);
        assertThat(Hashes.parse("0x" + "AB".repeat(32))).hasSize(32);
        for (String bad : new String[] {null, "", "ab".repeat(31), "ab".repeat(33), "zz".repeat(32), "abc"}) {
            assertThatThrownBy(() -> Hashes.parse(bad)).isInstanceOfSatisfying(DtsException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_SIGNATURE_LENGTH));
        }
    }

    @Test
    void aMessageIsSignedAsItsSha256() {
        // SHA-256("abc"), FIPS 180-2 appendix B.1
        assertThat(Hashes.hex(Hashes.sha256("abc")))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void signingSpeedLosesTenPerBlockOfDelayDownToZero() {
        assertThat(PartialIntake.signingSpeed(0)).isEqualTo(100);
        assertThat(PartialIntake.signingSpeed(1)).isEqualTo(90);
        assertThat(PartialIntake.signingSpeed(9)).isEqualTo(10);
        assertThat(PartialIntake.signingSpeed(10)).isZero();
        assertThat(PartialIntake.signingSpeed(500)).isZero();
    }

    @Test
    void participantBitfieldSetsOneBitPerCommitteeIndex() {
        assertThat(Aggregation.bitfield(List.of(0, 1, 2))).isEqualTo("07");
        assertThat(Aggregation.bitfield(List.of(0, 9))).isEqualTo("0102");
        assertThat(Aggregation.bitfield(List.of(7))).isEqualTo("80");
    }
}
