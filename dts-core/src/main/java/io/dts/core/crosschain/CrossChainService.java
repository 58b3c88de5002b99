package io.dts.core.crosschain;

import io.dts.core.crypto.BlsException;
import io.dts.core.crypto.Scheme;
import io.dts.core.error.DtsException;
import io.dts.core.error.ErrorCode;
import io.dts.core.events.EventLog;
import io.dts.core.events.EventType;
import io.dts.core.events.WritesEvents;
import io.dts.core.network.NetworkRules;
import io.dts.persistence.crosschain.CrossChainRepository;
import io.dts.persistence.crosschain.CrossChainTransaction;
import io.dts.persistence.crosschain.ExternalChain;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The seed's cross-chain integration made real: the owner registers a chain's BLS keys, scheme and
 * verification threshold; a transaction is stored only when at least that many of its signatures
 * verify over SHA-256 of its data, each under a different registered key. Nothing is stored for a
 * transaction that falls short (117).
 */
@Stateless
@WritesEvents
public class CrossChainService {

    /** Keys a chain may register, and signatures a transaction may carry (each checked against each key). */
    static final int MAX_KEYS = 32;

    private static final Pattern CHAIN_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    @Inject
    NetworkRules rules;

    @Inject
    CrossChainRepository chains;

    @Inject
    EventLog events;

    /**
     * Registers a chain (owner only).
     *
     * @throws DtsException 100 for anyone but the owner; 101 for a bad chain id, scheme, key list or
     *     threshold; 110 for a key of the wrong length for the scheme; 107 for a chain id already taken
     */
    public ChainView registerChain(String caller, String chainId, String schemeId, List<String> publicKeys,
            Integer verificationThreshold) {
        rules.requireOwner(caller);
        if (chainId == null || !CHAIN_ID.matcher(chainId).matches()) {
            throw new DtsException(ErrorCode.INVALID_PARAMS,
                    "chainId is 1 to 64 letters, digits, '.', '_', ':' or '-', starting with a letter or digit");
        }
        Scheme scheme = scheme(schemeId);
        List<String> keys = publicKeys(scheme, publicKeys);
        if (verificationThreshold == null || verificationThreshold < 1 || verificationThreshold > keys.size()) {
            throw new DtsException(ErrorCode.INVALID_PARAMS,
                    "verificationThreshold must be between 1 and the number of public keys (" + keys.size() + ")");
        }
        if (chains.chain(chainId).isPresent()) {
            throw new DtsException(ErrorCode.ALREADY_REGISTERED, "chain '" + chainId + "' is already registered");
        }
        ExternalChain chain = new ExternalChain(chainId, scheme.id(), keys, verificationThreshold, rules.height(), caller);
        try {
            chains.add(chain);
        } catch (PersistenceException e) {
            throw new DtsException(ErrorCode.ALREADY_REGISTERED, "chain '" + chainId + "' was registered at the same moment");
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("chainId", chainId);
        data.put("scheme", scheme.id());
        data.put("keys", keys.size());
        data.put("verificationThreshold", verificationThreshold);
        events.append(EventType.CHAIN_REGISTERED, caller, data);
        return ChainView.of(chain);
    }

    public List<ChainView> chains() {
        return chains.chains().stream().map(ChainView::of).toList();
    }

    /** @throws DtsException 122 for a chain that is not registered */
    public ChainView chain(String chainId) {
        return ChainView.of(existing(chainId));
    }

    /**
     * The seed's {@code submit-cross-chain-tx}: stores the transaction when at least the chain's
     * verification threshold of its signatures verify, each under a different registered key.
     *
     * @throws DtsException 122 unknown chain; 109 a txHash that is not 32 bytes or a signature of the
     *     wrong length for the scheme; 101 bad data or signature list; 117 too few verifying
     *     signatures; 107 a transaction already stored; 118 while paused
     */
    public CrossChainTransactionView submitTransaction(String caller, String chainId, String txHashHex, String dataHex,
            List<String> signatures) {
        rules.requireUnpaused(caller);
        ExternalChain chain = existing(chainId);
        Scheme scheme = Scheme.byId(chain.getScheme()).orElseThrow();
        String txHash = ChainData.txHash(txHashHex);
        byte[] data = ChainData.data(dataHex, scheme);
        byte[] message = ChainData.message(data);
        List<byte[]> candidates = signatures(scheme, signatures, chain.getPublicKeys().size());
        if (chains.transaction(chainId, txHash).isPresent()) {
            throw new DtsException(ErrorCode.ALREADY_REGISTERED, "transaction " + txHash + " of '" + chainId + "' is already stored");
        }

        List<String> verified = new ArrayList<>();
        List<Integer> keyIndices = new ArrayList<>();
        matchSignaturesToKeys(scheme, chain.getPublicKeys(), message, candidates, verified, keyIndices);
        if (verified.size() < chain.getVerificationThreshold()) {
            throw new DtsException(ErrorCode.INVALID_CROSS_CHAIN_PROOF, verified.size() + " of the signatures verify under "
                    + "different registered keys of '" + chainId + "'; " + chain.getVerificationThreshold() + " must");
        }
        CrossChainTransaction tx = new CrossChainTransaction(chainId, txHash, ChainData.hex(data),
                verified, keyIndices, caller, rules.height());
        try {
            chains.add(tx);
        } catch (PersistenceException e) {
            throw new DtsException(ErrorCode.ALREADY_REGISTERED, "transaction " + txHash + " was stored at the same moment");
        }
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("chainId", chainId);
        event.put("txHash", txHash);
        event.put("verifiedSignatures", verified.size());
        events.append(EventType.CROSS_CHAIN_TX_VERIFIED, caller, event);
        return CrossChainTransactionView.of(tx);
    }

    /** @throws DtsException 122 for an unknown chain or a transaction not stored; 109 for a bad txHash */
    public CrossChainTransactionView transaction(String chainId, String txHashHex) {
        existing(chainId);
        String txHash = ChainData.txHash(txHashHex);
        return chains.transaction(chainId, txHash).map(CrossChainTransactionView::of)
                .orElseThrow(() -> new DtsException(ErrorCode.NOT_FOUND, "no verified transaction " + txHash + " of '" + chainId + "'"));
    }

    /** The newest verified transactions of a chain first. */
    public List<CrossChainTransactionView> transactions(String chainId, int limit) {
        existing(chainId);
        return chains.transactions(chainId, Math.max(1, Math.min(limit, 1000))).stream()
                .map(CrossChainTransactionView::of).toList();
    }

    /**
     * Pairs each signature with the first registered key, not used yet, that it verifies under. A
     * signature verifies under at most one of several distinct keys, so first-fit finds the most pairs.
     */
    private static void matchSignaturesToKeys(Scheme scheme, List<String> keys, byte[] message, List<byte[]> signatures,
            List<String> verified, List<Integer> keyIndices) {
        List<byte[]> keyBytes = keys.stream().map(scheme::requireValidPublicKey).toList();
        Set<Integer> used = new HashSet<>();
        for (byte[] signature : signatures) {
            for (int k = 0; k < keyBytes.size(); k++) {
                if (!used.contains(k) && scheme.verify(keyBytes.get(k), message, signature)) {
                    used.add(k);
                    verified.add(ChainData.hex(signature));
                    keyIndices.add(k);
                    break;
                }
            }
        }
    }

    private ExternalChain existing(String chainId) {
        return chains.chain(chainId == null ? "" : chainId)
                .orElseThrow(() -> new DtsException(ErrorCode.NOT_FOUND, "no chain '" + chainId + "' is registered"));
    }

    private static Scheme scheme(String id) {
        return Scheme.byId(id).orElseThrow(() -> new DtsException(ErrorCode.INVALID_PARAMS,
                "scheme must be one of " + String.join(", ", Arrays.stream(Scheme.values()).map(Scheme::id).toList())));
    }

    private static List<String> publicKeys(Scheme scheme, List<String> hex) {
        if (hex == null || hex.isEmpty() || hex.size() > MAX_KEYS) {
            throw new DtsException(ErrorCode.INVALID_PARAMS, "publicKeys must list 1 to " + MAX_KEYS + " keys");
        }
        List<String> keys = new ArrayList<>();
        for (String key : hex) {
            try {
                keys.add(ChainData.hex(scheme.requireValidPublicKey(key)));
            } catch (BlsException e) {
                if (e.reason() == BlsException.Reason.WRONG_LENGTH) {
                    throw new DtsException(ErrorCode.INVALID_KEY_LENGTH, "a public key of a " + scheme.id() + " chain is "
                            + scheme.keyGroup().compressedLength() + " bytes (" + scheme.keyGroup() + ")");
                }
                throw new DtsException(ErrorCode.INVALID_PARAMS, "public key " + (keys.size() + 1) + " is not a valid "
                        + scheme.keyGroup() + " key (" + e.reason().name().toLowerCase().replace('_', ' ') + ")");
            }
        }
        if (new HashSet<>(keys).size() != keys.size()) {
            throw new DtsException(ErrorCode.INVALID_PARAMS, "publicKeys lists a key twice");
        }
        return keys;
    }

    private static List<byte[]> signatures(Scheme scheme, List<String> hex, int keys) {
        if (hex == null || hex.isEmpty() || hex.size() > keys) {
            throw new DtsException(ErrorCode.INVALID_PARAMS, "signatures must list 1 to " + keys
                    + " signatures (one per registered key at most)");
        }
        List<byte[]> signatures = new ArrayList<>();
        for (String signature : hex) {
            try {
                signatures.add(scheme.requireSignatureLength(signature));
            } catch (BlsException e) {
                throw new DtsException(ErrorCode.INVALID_SIGNATURE_LENGTH, "a signature of a " + scheme.id() + " chain is "
                        + scheme.signatureGroup().compressedLength() + " bytes of hex (" + scheme.signatureGroup() + ")");
            }
        }
        return signatures;
    }
}
