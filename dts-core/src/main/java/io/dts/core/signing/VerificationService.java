package io.dts.core.signing;

import io.dts.core.crypto.Bls;
import io.dts.core.crypto.BlsException;
import io.dts.core.crypto.BlsPublicKey;
import io.dts.core.crypto.BlsSignature;
import io.dts.core.error.DtsException;
import io.dts.core.error.ErrorCode;
import io.dts.persistence.dkg.DkgRepository;
import io.dts.persistence.dkg.DkgSessionRecord;
import io.dts.persistence.epoch.EpochMember;
import io.dts.persistence.epoch.EpochRepository;
import io.dts.persistence.signing.PartialSignature;
import io.dts.persistence.signing.SigningRepository;
import io.dts.persistence.signing.SigningRequest;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The public verification service and the seed's combine. Malformed input is a 400 with its code; a
 * well-formed signature that does not verify is simply {@code valid: false}.
 */
@Stateless
public class VerificationService {

    @Inject
    EpochRepository epochs;

    @Inject
    SigningRepository requests;

    @Inject
    Aggregation aggregation;

    @Inject
    DkgRepository dkg;

    /** Verifies against one key. */
    public boolean verifyWithKey(String messageHashHex, String signatureHex, String publicKeyHex) {
        byte[] hash = Hashes.parse(messageHashHex);
        BlsSignature signature = signature(signatureHex);
        return Bls.verify(key(publicKeyHex), hash, signature);
    }

    /** Verifies an aggregate against the keys of everyone who signed (FastAggregateVerify). */
    public boolean verifyWithKeys(String messageHashHex, String signatureHex, List<String> publicKeysHex) {
        byte[] hash = Hashes.parse(messageHashHex);
        BlsSignature signature = signature(signatureHex);
        if (publicKeysHex.isEmpty()) {
            throw new DtsException(ErrorCode.INVALID_PARAMS, "publicKeys must not be empty");
        }
        List<BlsPublicKey> keys = new ArrayList<>();
        for (String hex : publicKeysHex) {
            keys.add(key(hex));
        }
        return Bls.fastAggregateVerify(keys, hash, signature);
    }

    /**
     * Verifies an aggregate made by members of an epoch's committee: {@code participants} names them
     * (signer names); the signature must be at least the epoch's threshold of them.
     */
    public boolean verifyWithEpoch(String messageHashHex, String signatureHex, long epoch, List<String> participants) {
        byte[] hash = Hashes.parse(messageHashHex);
        BlsSignature signature = signature(signatureHex);
        var found = epochs.find(epoch).orElseThrow(() -> new DtsException(ErrorCode.NOT_FOUND, "epoch " + epoch + " has not started"));
        if (participants == null || participants.isEmpty()) {
            // Threshold mode: the epoch's group key, when its DKG session completed.
            String groupKey = dkg.find(epoch).filter(s -> "COMPLETE".equals(s.getPhase())).map(DkgSessionRecord::getGroupPublicKey)
                    .orElseThrow(() -> new DtsException(ErrorCode.INVALID_PARAMS, "participants (the signers of the aggregate) are "
                            + "required with epoch, unless the epoch has a group key from a completed DKG session"));
            return Bls.verify(BlsPublicKey.fromHex(groupKey), hash, signature);
        }
        Map<String, EpochMember> members = aggregation.members(epoch);
        List<BlsPublicKey> keys = new ArrayList<>();
        for (String name : participants.stream().distinct().toList()) {
            EpochMember member = members.get(name);
            if (member == null) {
                return false; // not in that committee: cannot have signed for it
            }
            keys.add(BlsPublicKey.fromHex(member.getPublicKey()));
        }
        return keys.size() >= found.getThreshold() && Bls.fastAggregateVerify(keys, hash, signature);
    }

    /** The answer of combine: the aggregate of the chosen partials and whose they are. */
    public record Combined(long requestId, String messageHash, String aggregateSignature, List<String> participants) {
    }

    /** The seed's combine: the aggregate of the named signers' partials, or 104 below the threshold. */
    public Combined combine(String messageHashHex, List<String> signerNames) {
        String hashHex = Hashes.hex(Hashes.parse(messageHashHex));
        SigningRequest request = requests.findLatest(hashHex)
                .orElseThrow(() -> new DtsException(ErrorCode.NOT_FOUND, "no signing request for this message hash"));
        List<String> wanted = signerNames == null ? List.of() : signerNames;
        List<PartialSignature> chosen = requests.partials(request.getId()).stream()
                .filter(p -> wanted.contains(p.getSigner())).toList();
        if (chosen.size() < request.getThreshold()) {
            throw new DtsException(ErrorCode.INVALID_THRESHOLD, chosen.size() + " valid partial signature(s) among those signers,"
                    + " the threshold is " + request.getThreshold());
        }
        BlsSignature aggregate = Bls.aggregate(chosen.stream().map(p -> BlsSignature.fromHex(p.getSignature())).toList());
        return new Combined(request.getId(), hashHex, aggregate.toHex(), chosen.stream().map(PartialSignature::getSigner).toList());
    }

    private static BlsSignature signature(String hex) {
        if (hex == null) {
            throw new DtsException(ErrorCode.INVALID_SIGNATURE_LENGTH, "signature is required (96 bytes, hex)");
        }
        try {
            return BlsSignature.fromHex(hex);
        } catch (BlsException e) {
            if (e.reason() == BlsException.Reason.WRONG_LENGTH) {
                throw new DtsException(ErrorCode.INVALID_SIGNATURE_LENGTH, "signature must be 96 bytes (192 hex characters)");
            }
            throw new DtsException(ErrorCode.INVALID_PARAMS, "signature is not a valid G2 point");
        }
    }

    private static BlsPublicKey key(String hex) {
        if (hex == null) {
            throw new DtsException(ErrorCode.INVALID_KEY_LENGTH, "publicKey is required (48 bytes, hex)");
        }
        try {
            return BlsPublicKey.fromHex(hex);
        } catch (BlsException e) {
            if (e.reason() == BlsException.Reason.WRONG_LENGTH) {
                throw new DtsException(ErrorCode.INVALID_KEY_LENGTH, "publicKey must be 48 bytes (96 hex characters)");
            }
            throw new DtsException(ErrorCode.INVALID_PARAMS, "publicKey is not a valid G1 public key");
        }
    }
}
