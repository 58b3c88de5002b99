package io.dts.core.crypto.dkg;

import io.dts.core.crypto.BlsPublicKey;
import io.dts.core.crypto.BlsSecretKey;
import io.dts.core.crypto.Threshold;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The dealer's side of a session (THRESHOLD.md "Deal"): a secret polynomial of degree t − 1, its
 * Feldman commitments, and every receiver's share encrypted to the receiver's registered key, in
 * one signed {@link DealBundle}.
 */
public final class Dealer {

    private Dealer() {
    }

    /** A fresh session's deal: the polynomial's constant is random. */
    public static DealBundle dealFresh(BlsSecretKey dealerKey, long epoch, int dealerIndex, int threshold,
            Map<Integer, BlsPublicKey> receiverKeys, SecureRandom random) {
        return dealRandomized(dealerKey, epoch, dealerIndex,
                polynomial(Scalars.random(random), threshold, random), receiverKeys, random);
    }

    /** A reshare's deal: the constant is the dealer's old share {@code x_i}, so the group secret stays. */
    public static DealBundle dealReshare(BlsSecretKey dealerKey, long epoch, int dealerIndex, int threshold,
            BigInteger oldShare, Map<Integer, BlsPublicKey> receiverKeys, SecureRandom random) {
        return dealRandomized(dealerKey, epoch, dealerIndex, polynomial(oldShare, threshold, random),
                receiverKeys, random);
    }

    /** {@code constant} followed by t − 1 random non-zero coefficients. */
    public static List<BigInteger> polynomial(BigInteger constant, int threshold, SecureRandom random) {
        if (threshold < 1) {
            throw new IllegalArgumentException("the threshold is at least 1, got " + threshold);
        }
        List<BigInteger> coefficients = new ArrayList<>(threshold);
        coefficients.add(Scalars.requireNonZero(constant, "the constant"));
        while (coefficients.size() < threshold) {
            coefficients.add(Scalars.random(random));
        }
        return coefficients;
    }

    /**
     * The deterministic core: the signed bundle for the polynomial {@code coefficients} (a_0 first)
     * with the ephemeral scalar {@code rhos.get(j)} for each receiver j. Known-answer tests call it
     * with fixed values; dealers use {@link #dealFresh} or {@link #dealReshare}.
     *
     * @throws IllegalArgumentException if a receiver has no ρ, a coefficient or ρ is zero or not
     *     below r, or an index is below 1
     */
    public static DealBundle deal(BlsSecretKey dealerKey, long epoch, int dealerIndex,
            List<BigInteger> coefficients, Map<Integer, BlsPublicKey> receiverKeys, Map<Integer, BigInteger> rhos) {
        if (dealerIndex < 1 || receiverKeys.isEmpty()) {
            throw new IllegalArgumentException("a dealer index from 1 and at least one receiver");
        }
        coefficients.forEach(a -> Scalars.requireNonZero(a, "a coefficient"));
        List<byte[]> commitments = Threshold.commitments(coefficients).stream()
                .map(BlsPublicKey::toBytes).toList();
        List<EncryptedShare> shares = new ArrayList<>();
        for (Map.Entry<Integer, BlsPublicKey> receiver : new TreeMap<>(receiverKeys).entrySet()) {
            int j = receiver.getKey();
            BigInteger rho = rhos.get(j);
            if (rho == null) {
                throw new IllegalArgumentException("no rho for receiver " + j);
            }
            BigInteger share = Threshold.evaluate(coefficients, j);
            shares.add(ShareEncryption.encrypt(share, receiver.getValue(), epoch, dealerIndex, j, rho));
        }
        return new DealBundle(epoch, dealerIndex, coefficients.size(), commitments, shares, null)
                .signedBy(dealerKey);
    }

    private static DealBundle dealRandomized(BlsSecretKey dealerKey, long epoch, int dealerIndex,
            List<BigInteger> coefficients, Map<Integer, BlsPublicKey> receiverKeys, SecureRandom random) {
        SortedMap<Integer, BigInteger> rhos = new TreeMap<>();
        receiverKeys.keySet().forEach(j -> rhos.put(j, Scalars.random(random)));
        return deal(dealerKey, epoch, dealerIndex, coefficients, receiverKeys, rhos);
    }
}
