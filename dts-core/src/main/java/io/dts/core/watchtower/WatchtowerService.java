package io.dts.core.watchtower;

import io.dts.core.error.DtsException;
import io.dts.core.error.ErrorCode;
import io.dts.core.events.EventLog;
import io.dts.core.events.EventType;
import io.dts.core.network.NetworkRules;
import io.dts.core.rotation.Reputation;
import io.dts.core.signer.Fault;
import io.dts.core.signer.SignerMetricsHistory;
import io.dts.core.signer.SignerView;
import io.dts.persistence.network.NetworkRepository;
import io.dts.persistence.signer.Signer;
import io.dts.persistence.signer.SignerRepository;
import io.dts.persistence.signing.SigningRepository;
import io.dts.persistence.watchtower.Watchtower;
import io.dts.persistence.watchtower.WatchtowerRepository;
import io.dts.core.events.WritesEvents;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;

/** Watchtowers register and report on signers; a report updates the signer exactly as the seed did. */
@Stateless
@WritesEvents
public class WatchtowerService {

    static final int INITIAL_ACCURACY_SCORE = 100;
    static final int CONTRADICTION_PENALTY = 10;
    static final int CONFIRMATION_REWARD = 1;

    @Inject
    NetworkRules rules;

    @Inject
    NetworkRepository network;

    @Inject
    WatchtowerRepository watchtowers;

    @Inject
    SignerRepository signers;

    @Inject
    SignerMetricsHistory history;

    @Inject
    SigningRepository requests;

    @Inject
    EventLog events;

    public WatchtowerView register(String caller) {
        rules.requireUnpaused(caller);
        if (watchtowers.find(caller).isPresent()) {
            throw new DtsException(ErrorCode.WATCHTOWER_EXISTS, "'" + caller + "' is already a watchtower");
        }
        Watchtower watchtower = new Watchtower(caller, rules.height());
        watchtower.setAccuracyScore(INITIAL_ACCURACY_SCORE);
        watchtower.setActive(true);
        watchtowers.add(watchtower);
        events.append(EventType.WATCHTOWER_REGISTERED, caller, Map.of("watchtower", caller));
        return WatchtowerView.of(watchtower);
    }

    /** @throws DtsException 122 for a name that is not a watchtower */
    public WatchtowerView watchtower(String name) {
        return watchtowers.find(name).map(WatchtowerView::of)
                .orElseThrow(() -> new DtsException(ErrorCode.NOT_FOUND, "'" + name + "' is not a watchtower"));
    }

    /**
     * The seed's {@code submit-watchtower-report}: sets the signer's uptime and signing speed, counts
     * one signature (valid when {@code validSignatures} is 1), marks the signer active now, and
     * records the report in the signer's history for the current epoch.
     */
    public SignerView report(String caller, String signerName, Integer uptime, Integer signingSpeed,
            Integer validSignatures) {
        rules.requireUnpaused(caller);
        Watchtower watchtower = watchtowers.findForUpdate(caller)
                .filter(Watchtower::isActive)
                .orElseThrow(() -> new DtsException(ErrorCode.UNAUTHORIZED, "only a registered watchtower may report"));
        if (uptime == null || signingSpeed == null || validSignatures == null || signerName == null) {
            throw new DtsException(ErrorCode.INVALID_PARAMS, "signer, uptime, signingSpeed and validSignatures are required");
        }
        if (uptime < 0 || uptime > 100 || signingSpeed < 0 || signingSpeed > 100 || validSignatures < 0
                || validSignatures > 1) {
            throw new DtsException(ErrorCode.INVALID_METRICS,
                    "uptime and signingSpeed must be 0..100 and validSignatures 0 or 1");
        }
        Signer signer = signers.findForUpdate(signerName)
                .orElseThrow(() -> new DtsException(ErrorCode.INVALID_PARAMS, "'" + signerName + "' is not a signer"));
        long height = rules.height();
        signer.setUptime(uptime);
        signer.setSigningSpeed(signingSpeed);
        signer.setTotalSignatures(signer.getTotalSignatures() + 1);
        signer.setValidSignatures(signer.getValidSignatures() + validSignatures);
        signer.setAccuracy(Reputation.accuracy(signer.getValidSignatures(), signer.getTotalSignatures()));
        signer.setLastActive(height);
        history.recordReport(signer, network.state().getEpoch(), height);

        judgeAccuracy(watchtower, signerName, validSignatures == 1, height);
        watchtower.setLastReport(height);
        watchtower.setReportsSubmitted(watchtower.getReportsSubmitted() + 1);

        Map<String, Object> data = new LinkedHashMap<>();
        data.put("watchtower", caller);
        data.put("signer", signerName);
        data.put("uptime", uptime);
        data.put("signingSpeed", signingSpeed);
        data.put("validSignatures", validSignatures);
        events.append(EventType.WATCHTOWER_REPORT, caller, data);
        return SignerView.of(signer, height);
    }

    /**
     * Watchtower accuracy (README): what the network saw of the signer itself within the last
     * rotation period, its newest accepted partial or its newest slash for an invalid partial, is
     * the truth a report is held against. A report that contradicts it costs the watchtower 10
     * accuracy points; one that agrees earns 1 (0–100). Without such an observation nothing changes.
     */
    private void judgeAccuracy(Watchtower watchtower, String signer, boolean reportedValid, long height) {
        Long period = network.state().getRotationPeriod();
        if (period == null) {
            return;
        }
        long since = height - period;
        Long lastValid = requests.lastPartialHeight(signer).filter(h -> h >= since).orElse(null);
        Long lastInvalid = signers.lastSlashHeight(signer, Fault.INVALID_PARTIAL_SIGNATURE.name())
                .filter(h -> h >= since).orElse(null);
        if (lastValid == null && lastInvalid == null) {
            return;
        }
        boolean observedValid = lastInvalid == null || (lastValid != null && lastValid > lastInvalid);
        int score = watchtower.getAccuracyScore();
        watchtower.setAccuracyScore(observedValid == reportedValid
                ? Math.min(100, score + CONFIRMATION_REWARD)
                : Math.max(0, score - CONTRADICTION_PENALTY));
    }
}
