package io.dts.core.signer;

import io.dts.core.crypto.Bls;
import io.dts.core.crypto.BlsException;
import io.dts.core.crypto.BlsPublicKey;
import io.dts.core.crypto.BlsSignature;
import io.dts.core.error.DtsException;
import io.dts.core.error.ErrorCode;
import io.dts.core.events.EventLog;
import io.dts.core.events.EventType;
import io.dts.core.network.NetworkRules;
import io.dts.core.rewards.ProtocolFee;
import io.dts.core.rotation.Committee;
import io.dts.persistence.account.Account;
import io.dts.persistence.account.AccountRepository;
import io.dts.persistence.network.NetworkRepository;
import io.dts.persistence.network.NetworkState;
import io.dts.persistence.signer.Signer;
import io.dts.persistence.signer.SignerRepository;
import io.dts.core.events.WritesEvents;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/** Signers: registration with stake and proof of possession, reading, history, leaving the committee. */
@Stateless
@WritesEvents
public class SignerService {

    /** The seed's starting values (DESIGN.md §4.1). */
    static final int INITIAL_REPUTATION = 100;
    static final int INITIAL_SIGNING_SPEED = 100;
    static final int INITIAL_UPTIME = 100;
    static final int INITIAL_ACCURACY = 100;

    @Inject
    NetworkRules rules;

    @Inject
    NetworkRepository network;

    @Inject
    SignerRepository signers;

    @Inject
    AccountRepository accounts;

    @Inject
    Committee committee;

    @Inject
    EventLog events;

    /**
     * Registers the caller as a signer: checks the key and its proof of possession, locks the stake
     * from the caller's balance, and seats the signer if the committee has a free seat.
     */
    public Registration register(String caller, String publicKeyHex, String proofOfPossessionHex, Long stake) {
        rules.requireUnpaused(caller);
        rules.requireInitialized();
        BlsPublicKey publicKey = parsePublicKey(publicKeyHex);
        BlsSignature proof = parseProof(proofOfPossessionHex);
        if (stake == null) {
            throw new DtsException(ErrorCode.INVALID_PARAMS, "stake is required");
        }
        NetworkState state = network.stateForUpdate();
        if (signers.find(caller).isPresent()) {
            throw new DtsException(ErrorCode.ALREADY_REGISTERED, "'" + caller + "' is already a signer");
        }
        if (signers.publicKeyInUse(publicKey.toHex())) {
            throw new DtsException(ErrorCode.ALREADY_REGISTERED, "this public key is already registered");
        }
        if (!Bls.verifyProofOfPossession(publicKey, proof)) {
            throw new DtsException(ErrorCode.INVALID_SIGNATURE, "the proof of possession does not verify under the public key");
        }
        Account account = accounts.findForUpdate(caller)
                .orElseThrow(() -> new DtsException(ErrorCode.UNAUTHORIZED, "no account named '" + caller + "'"));
        if (stake < state.getMinStake()) {
            throw new DtsException(ErrorCode.INSUFFICIENT_STAKE, "stake must be at least " + state.getMinStake());
        }
        long fee = ProtocolFee.of(stake, state.getProtocolFee());
        if (fee > account.getBalance() || stake > account.getBalance() - fee) {
            throw new DtsException(ErrorCode.INSUFFICIENT_STAKE, "stake " + stake + " plus the protocol fee of " + fee
                    + " exceeds the balance of " + account.getBalance());
        }
        account.setBalance(account.getBalance() - stake - fee);
        account.setLockedStake(account.getLockedStake() + stake);
        state.setRewardPool(Math.addExact(state.getRewardPool(), fee));
        state.setRegistrationFees(Math.addExact(state.getRegistrationFees(), fee));

        long height = rules.height();
        Signer signer = new Signer(caller, publicKey.toHex(), stake, height);
        signer.setReputation(INITIAL_REPUTATION);
        signer.setLastActive(height);
        signer.setSigningSpeed(INITIAL_SIGNING_SPEED);
        signer.setUptime(INITIAL_UPTIME);
        signer.setAccuracy(INITIAL_ACCURACY);
        signer.setStatus(SignerStatus.BACKUP.name());
        signers.add(signer);
        events.append(EventType.SIGNER_REGISTERED, caller,
                Map.of("signer", caller, "publicKey", publicKey.toHex(), "stake", stake, "fee", fee));
        boolean seated = committee.offerSeat(state, signer, height);
        return new Registration(SignerView.of(signer, height), seated, fee);
    }

    public List<SignerView> list() {
        long height = rules.height();
        return signers.all().stream().map(s -> SignerView.of(s, height)).toList();
    }

    /** @throws DtsException 122 for a name that is not a signer */
    public SignerView signer(String name) {
        return SignerView.of(existing(name), rules.height());
    }

    public List<EpochMetricsView> history(String name) {
        existing(name);
        return signers.history(name).stream().map(EpochMetricsView::of).toList();
    }

    /** The signer itself, or the owner, takes the signer out of the committee; a backup takes its seat. */
    public SignerView leaveCommittee(String caller, String name) {
        rules.requireUnpaused(caller);
        if (!caller.equals(name) && !rules.isOwner(caller)) {
            throw new DtsException(ErrorCode.UNAUTHORIZED, "only the signer itself or the owner may do this");
        }
        NetworkState state = network.stateForUpdate();
        Signer signer = signers.findForUpdate(name).orElseThrow(() -> notASigner(name));
        SignerStatus status = SignerStatus.valueOf(signer.getStatus());
        if (status == SignerStatus.PRIMARY || status == SignerStatus.BACKUP) {
            committee.vacate(state, signer, SignerStatus.EXITED, caller, rules.height());
        }
        return SignerView.of(signer, rules.height());
    }

    /**
     * Removes {@code name} for good, as a passed signer-removal proposal decided: status
     * {@code REMOVED} as after a third slash, its seat (if any) goes to the best backup; the stake
     * stays locked, as after slashing.
     *
     * @return the status the signer had before
     * @throws DtsException 122 for a name that is not a signer
     */
    public SignerStatus removeByProposal(String name, long proposalId) {
        NetworkState state = network.stateForUpdate();
        Signer signer = signers.findForUpdate(name).orElseThrow(() -> notASigner(name));
        SignerStatus before = SignerStatus.valueOf(signer.getStatus());
        if (before != SignerStatus.REMOVED) {
            committee.vacate(state, signer, SignerStatus.REMOVED, null, rules.height());
            events.append(EventType.SIGNER_REMOVED, null, Map.of("signer", name, "proposal", proposalId));
        }
        return before;
    }

    Signer existing(String name) {
        return signers.find(name).orElseThrow(() -> notASigner(name));
    }

    static DtsException notASigner(String name) {
        return new DtsException(ErrorCode.NOT_FOUND, "'" + name + "' is not a signer");
    }

    private static BlsPublicKey parsePublicKey(String hex) {
        if (hex == null) {
            throw new DtsException(ErrorCode.INVALID_PARAMS, "publicKey is required");
        }
        try {
            return BlsPublicKey.fromHex(hex);
        } catch (BlsException e) {
            if (e.reason() == BlsException.Reason.WRONG_LENGTH) {
                throw new DtsException(ErrorCode.INVALID_KEY_LENGTH, "publicKey must be 48 bytes (96 hex characters)");
            }
            throw new DtsException(ErrorCode.INVALID_PARAMS,
                    "publicKey is not a valid BLS12-381 G1 public key (" + e.reason().name().toLowerCase().replace('_', ' ') + ")");
        }
    }

    private static BlsSignature parseProof(String hex) {
        if (hex == null) {
            throw new DtsException(ErrorCode.INVALID_PARAMS, "proofOfPossession is required");
        }
        try {
            return BlsSignature.fromHex(hex);
        } catch (BlsException e) {
            if (e.reason() == BlsException.Reason.WRONG_LENGTH) {
                throw new DtsException(ErrorCode.INVALID_SIGNATURE_LENGTH, "proofOfPossession must be 96 bytes (192 hex characters)");
            }
            throw new DtsException(ErrorCode.INVALID_SIGNATURE, "proofOfPossession is not a valid G2 signature");
        }
    }
}
