package io.dts.core.signing;

import io.dts.core.crypto.BlsPublicKey;
import io.dts.core.crypto.BlsSignature;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Keys and signatures already decoded and subgroup-checked, by their hex: a committee's keys are
 * used for every request, and a partial verified on arrival is needed again when the threshold is
 * reached. Decoding costs 65–130 µs each; t of them at completion would dominate its latency. A miss
 * (another instance verified the partial) simply decodes again. Bounded: cleared when full.
 */
@ApplicationScoped
public class DecodedPoints {

    static final int MAX_ENTRIES = 50_000;

    private final ConcurrentHashMap<String, BlsPublicKey> keys = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, BlsSignature> signatures = new ConcurrentHashMap<>();

    public BlsPublicKey key(String hex) {
        return lookup(keys, hex, BlsPublicKey::fromHex);
    }

    public BlsSignature signature(String hex) {
        return lookup(signatures, hex, BlsSignature::fromHex);
    }

    /** Remembers a signature decoded elsewhere (on arrival) under its canonical hex. */
    public void remember(BlsSignature signature) {
        if (signatures.size() >= MAX_ENTRIES) {
            signatures.clear();
        }
        signatures.put(signature.toHex(), signature);
    }

    private static <T> T lookup(ConcurrentHashMap<String, T> cache, String hex, Function<String, T> decode) {
        T found = cache.get(hex);
        if (found != null) {
            return found;
        }
        if (cache.size() >= MAX_ENTRIES) {
            cache.clear();
        }
        T decoded = decode.apply(hex);
        cache.put(hex, decoded);
        return decoded;
    }
}
