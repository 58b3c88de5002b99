package io.dts.signer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** RFC 7914 §11 (PBKDF2-HMAC-SHA256) and §12 (scrypt) test vectors. */
class ScryptTest {

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void scryptMatchesRfc7914WithEmptyPasswordAndSalt() {
        assertThat(HexFormat.of().formatHex(Scrypt.scrypt(new byte[0], new byte[0], 16, 1, 1, 64))).isEqualTo(
                "77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442"
                        + "fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906");
    }

    @Test
    void scryptMatchesRfc7914WithSeveralParallelBlocks() {
        assertThat(HexFormat.of().formatHex(Scrypt.scrypt(ascii("password"), ascii("NaCl"), 1024, 8, 16, 64))).isEqualTo(
                "fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"
                        + "2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640");
    }

    @Test
    void pbkdf2MatchesRfc7914WithOneRound() {
        assertThat(HexFormat.of().formatHex(Scrypt.pbkdf2(ascii("passwd"), ascii("salt"), 1, 64))).isEqualTo(
                "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                        + "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783");
    }

    @Test
    void pbkdf2MatchesRfc7914WithManyRounds() {
        assertThat(HexFormat.of().formatHex(Scrypt.pbkdf2(ascii("Password"), ascii("NaCl"), 80000, 64))).isEqualTo(
                "4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
                        + "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d");
    }

    @Test
    void scryptRefusesACostThatIsNoPowerOfTwo() {
        assertThatThrownBy(() -> Scrypt.scrypt(new byte[1], new byte[1], 1000, 8, 1, 32))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
