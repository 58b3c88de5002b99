package io.dts.core.crypto.dkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** RFC 9380 §5.3.1 expand_message_xmd against Appendix K.1, and the §5.2 reduction built on it. */
class ExpandMessageXmdTest {

    private static JsonObject vectors() throws IOException {
        try (InputStream in = ExpandMessageXmdTest.class.getResourceAsStream(
                "/vectors/rfc9380/expand_message_xmd_sha256.json"); JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        }
    }

    static List<JsonObject> cases() throws IOException {
        return vectors().getJsonArray("cases").getValuesAs(JsonObject.class);
    }

    @Test
    void theVectorFileHoldsAllTenAppendixK1Cases() throws IOException {
        assertThat(cases()).hasSize(10);
        assertThat(vectors().getString("dst")).isEqualTo("QUUX-V01-CS02-with-expander-SHA256-128");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void expandMessageXmdReproducesRfc9380AppendixK1(JsonObject c) throws IOException {
        byte[] dst = vectors().getString("dst").getBytes(StandardCharsets.US_ASCII);
        byte[] out = HashToField.expandMessageXmd(c.getString("msg").getBytes(StandardCharsets.US_ASCII), dst,
                c.getInt("len_in_bytes"));
        assertThat(HexFormat.of().formatHex(out)).isEqualTo(c.getString("uniform_bytes"));
    }

    @Test
    void hashToScalarReducesTheFirst48ExpandedBytesModR() {
        byte[] msg = "abc".getBytes(StandardCharsets.US_ASCII);
        byte[] dst = Dleq.DST.getBytes(StandardCharsets.US_ASCII);
        BigInteger expected = new BigInteger(1, HashToField.expandMessageXmd(msg, dst, 48)).mod(Points.ORDER);
        assertThat(HashToField.hashToScalar(msg, dst)).isEqualTo(expected).isLessThan(Points.ORDER);
        assertThat(new BigInteger(1, HashToField.expandMessageXmd(msg, dst, 48))).isGreaterThan(Points.ORDER);
    }

    @Test
    void expandMessageXmdRefusesMoreThan255Blocks() {
        assertThatThrownBy(() -> HashToField.expandMessageXmd(new byte[0], new byte[] {1}, 255 * 32 + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
