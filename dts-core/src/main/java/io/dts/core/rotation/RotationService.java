package io.dts.core.rotation;

import io.dts.core.events.EventLog;
import io.dts.core.events.EventType;
import io.dts.core.network.NetworkRules;
import io.dts.core.signer.SignerMetricsHistory;
import io.dts.core.signer.SignerStatus;
import io.dts.persistence.epoch.Epoch;
import io.dts.persistence.epoch.EpochMember;
import io.dts.persistence.epoch.EpochRepository;
import io.dts.persistence.network.NetworkRepository;
import io.dts.persistence.network.NetworkState;
import io.dts.persistence.signer.Signer;
import io.dts.persistence.signer.SignerRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Opens a new epoch every rotation-period blocks (or when the owner says so): reputation is
 * recomputed for every signer and the committee becomes the best eligible signers. Exactly once per
 * epoch, however many instances or callers try at the same time: the database's conditional update
 * of the epoch number decides.
 */
@Stateless
public class RotationService {

    @Inject
    NetworkRepository network;

    @Inject
    NetworkRules rules;

    @Inject
    EpochRepository epochs;

    @Inject
    SignerRepository signers;

    @Inject
    SignerMetricsHistory history;

    @Inject
    EventLog events;

    /** Called by the timer: rotates when the current epoch has lasted rotation-period blocks. */
    public boolean rotateIfDue() {
        NetworkState state = network.state();
        if (!state.isInitialized()) {
            return false;
        }
        long height = rules.height();
        if (height < state.getLastRotationHeight() + state.getRotationPeriod()) {
            return false;
        }
        return rotate(state.getEpoch(), height, null);
    }

    /** The owner's "rotate now". @return the epoch current after the call */
    public long rotateNow(String caller) {
        rules.requireOwner(caller);
        NetworkState state = rules.requireInitialized();
        rotate(state.getEpoch(), rules.height(), caller);
        return network.state().getEpoch();
    }

    private boolean rotate(long current, long height, String actor) {
        if (!network.advanceEpoch(current, height)) {
            return false; // another caller or instance opened this epoch already
        }
        NetworkState state = network.stateForUpdate();
        long next = state.getEpoch();

        List<Signer> candidates = signers.withStatusForUpdate(
                List.of(SignerStatus.PRIMARY.name(), SignerStatus.BACKUP.name()));
        for (Signer signer : candidates) {
            signer.setReputation(Reputation.compute(inputs(signer, state, height)));
            history.closeEpoch(signer, current, height);
        }
        List<CommitteeRanking.Candidate> committee = CommitteeRanking.select(
                candidates.stream().map(Committee::candidate).toList(), state.getTotalSigners(),
                state.getMinStake(), state.getPerformanceThreshold());

        epochs.members(current).stream().filter(m -> m.getLeftHeight() == null).forEach(m -> m.setLeftHeight(height));
        epochs.add(new Epoch(next, height, state.getSignatureThreshold(), state.getTotalSigners()));

        Map<String, Signer> byName = new LinkedHashMap<>();
        candidates.forEach(s -> {
            s.setStatus(SignerStatus.BACKUP.name());
            byName.put(s.getName(), s);
        });
        int index = 0;
        for (CommitteeRanking.Candidate seated : committee) {
            Signer signer = byName.get(seated.name());
            signer.setStatus(SignerStatus.PRIMARY.name());
            epochs.addMember(new EpochMember(next, index++, signer.getName(), signer.getPublicKey(), height));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("epoch", next);
        data.put("startHeight", height);
        data.put("committee", committee.stream().map(CommitteeRanking.Candidate::name).toList());
        data.put("backups", candidates.stream().map(Signer::getName)
                .filter(n -> committee.stream().noneMatch(c -> c.name().equals(n))).toList());
        events.append(EventType.EPOCH_STARTED, actor, data);
        return true;
    }

    static Reputation.Inputs inputs(Signer signer, NetworkState state, long height) {
        // Participation counts the epoch's signing requests a member signed; with no requests to sign
        // every signer has signed all of them.
        int participation = 100;
        return new Reputation.Inputs(signer.getUptime(), signer.getSigningSpeed(), signer.getAccuracy(),
                height - signer.getRegisteredHeight(), state.getRotationPeriod(), participation,
                signer.getTotalSlashes());
    }
}
