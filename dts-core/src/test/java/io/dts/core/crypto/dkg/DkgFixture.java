package io.dts.core.crypto.dkg;

import io.dts.core.crypto.BlsPublicKey;
import io.dts.core.crypto.BlsSecretKey;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** Deterministic members and randomness for the DKG tests: named by index, the same every run. */
public final class DkgFixture {

    static final long EPOCH = 7;

    private DkgFixture() {
    }

    /** Member {@code seed}'s registered key: KeyGen over 32 bytes of the seed. */
    static BlsSecretKey key(int seed) {
        byte[] ikm = new byte[32];
        Arrays.fill(ikm, (byte) seed);
        return BlsSecretKey.fromSeed(ikm);
    }

    /** Keys of members 1..n, by index, each seeded by {@code offset + index}. */
    static SortedMap<Integer, BlsSecretKey> committee(int n, int offset) {
        SortedMap<Integer, BlsSecretKey> keys = new TreeMap<>();
        for (int i = 1; i <= n; i++) {
            keys.put(i, key(offset + i));
        }
        return keys;
    }

    static SortedMap<Integer, BlsPublicKey> publicKeys(Map<Integer, BlsSecretKey> keys) {
        SortedMap<Integer, BlsPublicKey> out = new TreeMap<>();
        keys.forEach((i, k) -> out.put(i, k.publicKey()));
        return out;
    }

    static SortedSet<Integer> indices(int n) {
        SortedSet<Integer> out = new TreeSet<>();
        for (int i = 1; i <= n; i++) {
            out.add(i);
        }
        return out;
    }

    /** A SecureRandom that repeats for a label: SHA1PRNG seeded before first use is deterministic. */
    public static SecureRandom random(String label) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(label.getBytes(StandardCharsets.UTF_8));
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static BigInteger scalar(String label) {
        return Scalars.random(random(label));
    }

    static DealCheck.Expectation expectation(DealBundle bundle, int threshold, BlsPublicKey dealerKey,
            SortedSet<Integer> receivers, BlsPublicKey oldPublicShare) {
        return new DealCheck.Expectation(EPOCH, bundle.dealerIndex(), threshold, dealerKey, receivers,
                oldPublicShare);
    }
}
