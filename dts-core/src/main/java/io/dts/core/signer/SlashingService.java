package io.dts.core.signer;

import io.dts.core.error.DtsException;
import io.dts.core.error.ErrorCode;
import io.dts.core.events.EventLog;
import io.dts.core.events.EventType;
import io.dts.core.network.NetworkRules;
import io.dts.core.rotation.Committee;
import io.dts.core.rotation.Reputation;
import io.dts.persistence.account.Account;
import io.dts.persistence.account.AccountRepository;
import io.dts.persistence.network.NetworkRepository;
import io.dts.persistence.network.NetworkState;
import io.dts.persistence.signer.Signer;
import io.dts.persistence.signer.SignerRepository;
import io.dts.persistence.signer.Slash;
import io.dts.core.events.WritesEvents;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Slashing: the owner's, with an amount and 32 bytes of evidence, and the network's own for
 * objective faults. Each slash moves tokens from the signer's locked stake to the reward pool,
 * costs 10 reputation, and a third slash removes the signer from the committee for good.
 */
@Stateless
@WritesEvents
public class SlashingService {

    static final int EVIDENCE_BYTES = 32;
    /** More slashes than this remove the signer (DESIGN.md §4.1, corrected from the seed). */
    static final int SLASHES_TOLERATED = 2;

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

    /** The owner slashes {@code name} by {@code amount} (1..stake) with 32-byte {@code evidence}. */
    public SignerView slash(String caller, String name, Long amount, String evidenceHex) {
        rules.requireOwner(caller);
        NetworkState state = network.stateForUpdate();
        Signer signer = signers.findForUpdate(name).orElseThrow(() -> SignerService.notASigner(name));
        if (amount == null || amount <= 0 || amount > signer.getStake()) {
            throw new DtsException(ErrorCode.INVALID_PARAMS,
                    "amount must be between 1 and the signer's stake (" + signer.getStake() + ")");
        }
        byte[] evidence = parseEvidence(evidenceHex);
        apply(state, signer, Fault.OWNER, amount, HexFormat.of().formatHex(evidence), caller, true);
        return SignerView.of(signer, rules.height());
    }

    /**
     * Slashes {@code name} for an objective fault the network observed itself, by the fault's
     * documented amount; {@code evidence} is what proves it (e.g. the bad partial signature, hex).
     */
    public SignerView slashForFault(String name, Fault fault, String evidence) {
        if (fault == Fault.OWNER) {
            throw new IllegalArgumentException("owner slashes go through slash()");
        }
        NetworkState state = network.stateForUpdate();
        Signer signer = signers.findForUpdate(name).orElseThrow(() -> SignerService.notASigner(name));
        apply(state, signer, fault, fault.amount(state.getMinStake(), signer.getStake()), evidence, null, true);
        return SignerView.of(signer, rules.height());
    }

    /**
     * Slashes for a fault found while the rotation (which holds {@code state} and {@code signer}
     * locked) closes an epoch. The seat is not refilled here: the rotation chooses the next committee.
     */
    public void slashDuringRotation(NetworkState state, Signer signer, Fault fault, String evidence) {
        apply(state, signer, fault, fault.amount(state.getMinStake(), signer.getStake()), evidence, null, false);
    }

    /** Every slash of {@code name}, oldest first. @throws DtsException 122 for a name that is not a signer */
    public List<SlashView> slashes(String name) {
        signers.find(name).orElseThrow(() -> SignerService.notASigner(name));
        return signers.slashes(name).stream().map(SlashView::of).toList();
    }

    private void apply(NetworkState state, Signer signer, Fault fault, long amount, String evidence, String actor,
            boolean refillSeat) {
        long height = rules.height();
        Account account = accounts.findForUpdate(signer.getName()).orElseThrow();
        signer.setStake(signer.getStake() - amount);
        account.setLockedStake(account.getLockedStake() - amount);
        state.setRewardPool(Math.addExact(state.getRewardPool(), amount));
        state.setSlashedTotal(Math.addExact(state.getSlashedTotal(), amount));

        signer.setTotalSlashes(signer.getTotalSlashes() + 1);
        signer.setLastSlashHeight(height);
        signer.setSlashedAmount(signer.getSlashedAmount() + amount);
        signer.setReputation(Reputation.afterSlash(signer.getReputation()));
        signers.addSlash(new Slash(signer.getName(), signer.getTotalSlashes(), fault.name(), amount, evidence, height, actor));

        Map<String, Object> data = new LinkedHashMap<>();
        data.put("signer", signer.getName());
        data.put("fault", fault.name());
        data.put("amount", amount);
        data.put("evidence", evidence);
        data.put("totalSlashes", signer.getTotalSlashes());
        events.append(EventType.SIGNER_SLASHED, actor, data);

        if (signer.getTotalSlashes() > SLASHES_TOLERATED) {
            SignerStatus before = SignerStatus.valueOf(signer.getStatus());
            if (refillSeat) {
                committee.vacate(state, signer, SignerStatus.REMOVED, actor, height);
            } else {
                signer.setStatus(SignerStatus.REMOVED.name());
            }
            if (before != SignerStatus.REMOVED) {
                events.append(EventType.SIGNER_REMOVED, actor,
                        Map.of("signer", signer.getName(), "totalSlashes", signer.getTotalSlashes()));
            }
        }
    }

    private static byte[] parseEvidence(String hex) {
        if (hex == null) {
            throw new DtsException(ErrorCode.INVALID_PARAMS, "evidence is required (32 bytes, hex)");
        }
        String digits = hex.startsWith("0x") || hex.startsWith("0X") ? hex.substring(2) : hex;
        try {
            byte[] evidence = HexFormat.of().parseHex(digits);
            if (evidence.length != EVIDENCE_BYTES) {
                throw new DtsException(ErrorCode.INVALID_PARAMS, "evidence must be 32 bytes (64 hex characters)");
            }
            return evidence;
        } catch (IllegalArgumentException e) {
            throw new DtsException(ErrorCode.INVALID_PARAMS, "evidence must be hex");
        }
    }
}
