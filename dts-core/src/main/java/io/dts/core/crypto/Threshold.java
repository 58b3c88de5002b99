package io.dts.core.crypto;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import supranational.blst.P1;

/**
 * The arithmetic of threshold mode (THRESHOLD.md): secret polynomials over Z_r, their Feldman
 * commitments in G1, the public value of a share, and Lagrange interpolation at 0 — of scalars (a
 * receiver's reshared share), of G1 points (group commitments when resharing) and of G2 points (t
 * partial signatures into one signature under the group key). Indices are 1-based committee
 * positions. Scalars are {@link BigInteger}s in [0, r).
 */
public final class Threshold {

    /** The order r of G1 and G2. */
    public static final BigInteger ORDER = BlsSecretKey.ORDER;

    private Threshold() {
    }

    /** f(x) = a_0 + a_1 x + … + a_{t−1} x^{t−1} mod r, by Horner's rule. */
    public static BigInteger evaluate(List<BigInteger> coefficients, long x) {
        requireIndex(x);
        BigInteger at = BigInteger.valueOf(x);
        BigInteger value = BigInteger.ZERO;
        for (int k = coefficients.size() - 1; k >= 0; k--) {
            value = value.multiply(at).add(coefficients.get(k)).mod(ORDER);
        }
        return value;
    }

    /**
     * The Feldman commitments A_k = a_k·g of a polynomial.
     *
     * @throws IllegalArgumentException for a zero coefficient (its commitment would be the identity)
     */
    public static List<BlsPublicKey> commitments(List<BigInteger> coefficients) {
        List<BlsPublicKey> commitments = new ArrayList<>(coefficients.size());
        for (BigInteger a : coefficients) {
            BigInteger scalar = a.mod(ORDER);
            if (scalar.signum() == 0) {
                throw new IllegalArgumentException("a zero coefficient has no commitment");
            }
            commitments.add(BlsPublicKey.of(P1.generator().dup().mult(scalar)));
        }
        return commitments;
    }

    /** Σ_k j^k·A_k: the public value f(j)·g of the share for index {@code j}, from the commitments alone. */
    public static BlsPublicKey publicShare(List<BlsPublicKey> commitments, long j) {
        requireIndex(j);
        if (commitments.isEmpty()) {
            throw new IllegalArgumentException("no commitments");
        }
        // Horner: A_0 + j·(A_1 + j·(A_2 + …)), multiplications by the small j instead of by j^k mod r.
        BigInteger at = BigInteger.valueOf(j);
        P1 sum = new P1(commitments.get(commitments.size() - 1).point());
        for (int k = commitments.size() - 2; k >= 0; k--) {
            sum = sum.mult(at).add(new P1(commitments.get(k).point()));
        }
        return nonIdentity(sum);
    }

    /** Whether {@code share}·g equals the commitments' value at {@code j} (the receiver's check). */
    public static boolean verifyShare(BigInteger share, long j, List<BlsPublicKey> commitments) {
        BigInteger scalar = share.mod(ORDER);
        if (scalar.signum() == 0) {
            return false;
        }
        try {
            return BlsPublicKey.of(P1.generator().dup().mult(scalar)).equals(publicShare(commitments, j));
        } catch (IllegalArgumentException e) {
            return false; // commitments whose value at j is the identity: no share matches them
        }
    }

    /**
     * The Lagrange coefficients at 0 for distinct non-zero {@code indices}, in their order:
     * λ_i = Π_{m≠i} x_m / (x_m − x_i) mod r, with one modular inversion for all of them.
     */
    public static List<BigInteger> lagrangeAtZero(List<Long> indices) {
        if (indices.isEmpty() || new HashSet<>(indices).size() != indices.size()) {
            throw new IllegalArgumentException("indices must be distinct and at least one: " + indices);
        }
        indices.forEach(Threshold::requireIndex);
        int n = indices.size();
        // λ_i = P / (x_i · d_i) with P = Π x_m and d_i = Π_{m≠i} (x_m − x_i): one product for all
        // numerators, and each denominator multiplied up in a long while it fits (indices are small),
        // so the O(n²) part costs machine multiplications rather than modular ones.
        BigInteger product = BigInteger.ONE;
        for (long x : indices) {
            product = product.multiply(BigInteger.valueOf(x)).mod(ORDER);
        }
        BigInteger[] denominators = new BigInteger[n];
        for (int i = 0; i < n; i++) {
            long xi = indices.get(i);
            BigInteger den = BigInteger.valueOf(xi);
            long run = 1;
            for (int m = 0; m < n; m++) {
                if (m == i) {
                    continue;
                }
                long diff = indices.get(m) - xi;
                if (Math.abs(diff) >= SMALL || Math.abs(run) >= SMALL * SMALL) {
                    den = den.multiply(BigInteger.valueOf(run)).mod(ORDER);
                    run = 1;
                }
                if (Math.abs(diff) >= SMALL) {
                    den = den.multiply(BigInteger.valueOf(diff)).mod(ORDER);
                } else {
                    run *= diff;
                }
            }
            denominators[i] = den.multiply(BigInteger.valueOf(run)).mod(ORDER);
        }
        // Montgomery's trick: invert the product once, then peel off each inverse.
        BigInteger[] prefix = new BigInteger[n + 1];
        prefix[0] = BigInteger.ONE;
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = prefix[i].multiply(denominators[i]).mod(ORDER);
        }
        BigInteger inverse = prefix[n].modInverse(ORDER);
        BigInteger[] lambdas = new BigInteger[n];
        for (int i = n - 1; i >= 0; i--) {
            lambdas[i] = product.multiply(inverse.multiply(prefix[i])).mod(ORDER);
            inverse = inverse.multiply(denominators[i]).mod(ORDER);
        }
        return List.of(lambdas);
    }

    /** Below 2^20 a factor joins a machine product: three of them stay below 2^60. */
    private static final long SMALL = 1L << 20;

    /** Σ λ_i·s_i mod r: the value at 0 of the polynomial through the indexed scalars. */
    public static BigInteger interpolateScalars(Map<Long, BigInteger> byIndex) {
        BigInteger sum = BigInteger.ZERO;
        for (Weighted<BigInteger> w : weighted(byIndex)) {
            sum = sum.add(w.lambda().multiply(w.value().mod(ORDER))).mod(ORDER);
        }
        return sum;
    }

    /** Σ λ_i·P_i in G1: e.g. a reshared group commitment from the qualified dealers' commitments. */
    public static BlsPublicKey interpolateKeys(Map<Long, BlsPublicKey> byIndex) {
        List<Weighted<BlsPublicKey>> weighted = weighted(byIndex);
        return nonIdentity(MultiScalar.g1(weighted.stream().map(w -> w.value().point()).toList(),
                weighted.stream().map(Weighted::lambda).toList()));
    }

    /**
     * Σ λ_j·σ_j in G2: any t partial signatures by shares of one polynomial combine into the
     * signature of its constant — an ordinary BLS signature under the group key. Verify the result.
     */
    public static BlsSignature combine(Map<Long, BlsSignature> partials) {
        List<Weighted<BlsSignature>> weighted = weighted(partials);
        return BlsSignature.of(MultiScalar.g2(weighted.stream().map(w -> w.value().point()).toList(),
                weighted.stream().map(Weighted::lambda).toList()));
    }

    private record Weighted<T>(BigInteger lambda, T value) {
    }

    /** Each value with its index's Lagrange coefficient at 0, in index order. */
    private static <T> List<Weighted<T>> weighted(Map<Long, T> byIndex) {
        SortedMap<Long, T> sorted = new TreeMap<>(byIndex);
        List<BigInteger> lambdas = lagrangeAtZero(new ArrayList<>(sorted.keySet()));
        List<Weighted<T>> weighted = new ArrayList<>(sorted.size());
        for (T value : sorted.values()) {
            weighted.add(new Weighted<>(lambdas.get(weighted.size()), Objects.requireNonNull(value, "value")));
        }
        return weighted;
    }

    /** The share as a signing key (32 bytes, big-endian). */
    public static BlsSecretKey shareKey(BigInteger share) {
        byte[] bytes = share.mod(ORDER).toByteArray();
        byte[] fixed = new byte[Ciphersuite.SECRET_KEY_LENGTH];
        int length = Math.min(bytes.length, fixed.length);
        System.arraycopy(bytes, bytes.length - length, fixed, fixed.length - length, length);
        return BlsSecretKey.fromBytes(fixed);
    }

    /** Dealers choose their commitments: sums of them that cancel out must not pass for a key. */
    private static BlsPublicKey nonIdentity(P1 sum) {
        if (sum.is_inf()) {
            throw new IllegalArgumentException("the points sum to the identity, which is no public key");
        }
        return BlsPublicKey.of(sum);
    }

    private static void requireIndex(long index) {
        if (index < 1) {
            throw new IllegalArgumentException("indices are 1-based, got " + index);
        }
    }
}
