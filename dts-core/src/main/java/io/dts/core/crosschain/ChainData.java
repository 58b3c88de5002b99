package io.dts.core.crosschain;

import io.dts.core.crypto.Scheme;
import io.dts.core.error.DtsException;
import io.dts.core.error.ErrorCode;
import io.dts.core.signing.Hashes;
import java.util.HexFormat;

/** The bytes of a cross-chain transaction: hex in JSON, and what each scheme's data must look like. */
final class ChainData {

    /** Bytes of data a transaction may carry (hex in JSON: twice as many characters). */
    static final int MAX_DATA_BYTES = 10_000;

    /** A drand round number: 8 bytes, big-endian. */
    static final int ROUND_BYTES = 8;

    private static final HexFormat HEX = HexFormat.of();

    private ChainData() {
    }

    /** @throws DtsException 109 unless {@code hex} is 32 bytes of hex */
    static String txHash(String hex) {
        return Hashes.hex(Hashes.parse(hex, "txHash"));
    }

    /**
     * The transaction's data, checked against what its scheme signs: a drand chained beacon signs the
     * previous round's signature followed by the round, an unchained one the round alone.
     *
     * @throws DtsException 101 for data that is not hex, empty, too long or of the wrong shape
     */
    static byte[] data(String hex, Scheme scheme) {
        byte[] bytes = Hashes.bytes(hex, "data", ErrorCode.INVALID_PARAMS);
        if (bytes.length == 0 || bytes.length > MAX_DATA_BYTES) {
            throw new DtsException(ErrorCode.INVALID_PARAMS, "data must be 1 to " + MAX_DATA_BYTES + " bytes");
        }
        int expected = switch (scheme) {
            case PEDERSEN_BLS_CHAINED -> scheme.signatureGroup().compressedLength() + ROUND_BYTES;
            case PEDERSEN_BLS_UNCHAINED, BLS_UNCHAINED_G1_RFC9380 -> ROUND_BYTES;
            case DTS -> bytes.length;
        };
        if (bytes.length != expected) {
            throw new DtsException(ErrorCode.INVALID_PARAMS, "data of a " + scheme.id() + " chain is " + expected
                    + " bytes (" + (scheme == Scheme.PEDERSEN_BLS_CHAINED ? "previous signature and " : "")
                    + "round as 8 bytes, big-endian), got " + bytes.length);
        }
        return bytes;
    }

    /** The message every scheme signs: SHA-256 of the data. */
    static byte[] message(byte[] data) {
        return Hashes.sha256(data);
    }

    static String messageHashHex(String dataHex) {
        return HEX.formatHex(message(HEX.parseHex(dataHex)));
    }

    static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }
}
