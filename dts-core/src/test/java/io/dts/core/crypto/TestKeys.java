package io.dts.core.crypto;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/** Deterministic, seeded fixtures for the crypto tests. */
final class TestKeys {

    static final BigInteger ORDER = new BigInteger(
            "73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001", 16);

    private TestKeys() {
    }

    /** The key made by KeyGen from 32 bytes of {@code i}: the same for every run. */
    static BlsSecretKey key(int i) {
        byte[] ikm = new byte[32];
        Arrays.fill(ikm, (byte) i);
        return BlsSecretKey.fromSeed(ikm);
    }

    /** The key whose scalar is r minus that of {@code key}: its public key is the negation. */
    static BlsSecretKey negated(BlsSecretKey key) {
        return BlsSecretKey.fromBytes(scalar(ORDER.subtract(new BigInteger(1, key.toBytes()))));
    }

    static byte[] message(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A 32-byte big-endian scalar. */
    static byte[] scalar(BigInteger value) {
        byte[] raw = value.toByteArray();
        byte[] out = new byte[32];
        int copy = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - copy, out, 32 - copy, copy);
        return out;
    }

    /** Bytes from hex, with or without a 0x prefix. */
    static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex.startsWith("0x") ? hex.substring(2) : hex);
    }
}
