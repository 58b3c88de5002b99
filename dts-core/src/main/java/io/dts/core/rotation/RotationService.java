package io.dts.core.rotation;

import io.dts.core.dkg.DkgService;
import io.dts.core.events.EventLog;
import io.dts.core.events.EventType;
import io.dts.core.network.NetworkRules;
import io.dts.core.rewards.Entitlements;
import io.dts.core.signer.Fault;
import io.dts.core.signer.SignerMetricsHistory;
import io.dts.core.signer.SlashingService;
import io.dts.core.signer.SignerStatus;
import io.dts.persistence.epoch.Epoch;
import io.dts.persistence.epoch.EpochMember;
import io.dts.persistence.epoch.EpochRepository;
import io.dts.persistence.network.NetworkRepository;
import io.dts.persistence.network.NetworkState;
import io.dts.persistence.signer.Signer;
import io.dts.persistence.signer.SignerRepository;
import io.dts.persistence.signing.SigningRepository;
import io.dts.persistence.signing.SigningRequest;
import jakarta.json.Json;
import java.util.HashMap;
import io.dts.core.events.WritesEvents;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Opens a new epoch every rotation-period blocks (or when the owner says so): reputation is
 * recomputed for every signer still in the network (primary or backup) and the committee becomes the
 * best eligible signers. Exactly once per epoch, however many instances or callers try at the same
 * time: the database's conditional update of the epoch number decides.
 */
@Stateless
@WritesEvents
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
    SigningRepository requests;

    @Inject
    SlashingService slashing;

    @Inject
    Entitlements entitlements;

    @Inject
    DkgService dkg;

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
        if (rotate(state.getEpoch(), rules.height(), caller)) {
            return network.state().getEpoch();
        }
        // Another caller opened the epoch: the row this transaction read before is out of date.
        return network.freshState().getEpoch();
    }

    private boolean rotate(long current, long height, String actor) {
        if (!network.advanceEpoch(current, height)) {
            return false; // another caller or instance opened this epoch already
        }
        NetworkState state = network.stateForUpdate();
        long next = state.getEpoch();

        List<Signer> locked = signers.withStatusForUpdate(
                List.of(SignerStatus.PRIMARY.name(), SignerStatus.BACKUP.name()));
        Map<String, Integer> participation = judgeParticipation(state, current, height, locked);
        List<Signer> candidates = locked.stream().filter(s -> !SignerStatus.REMOVED.name().equals(s.getStatus())).toList();
        for (Signer signer : locked) {
            signer.setReputation(Reputation.compute(inputs(signer, state, height, participation.getOrDefault(signer.getName(), 100))));
            history.closeEpoch(signer, current, height);
        }
        Map<String, Long> rewards = entitlements.recordEpoch(state, current, height);
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
        data.put("rewards", Map.of("epoch", current, "amounts", rewards));
        events.append(EventType.EPOCH_STARTED, actor, data);
        dkg.openSession(next, height);
        return true;
    }

    /**
     * Participation of each member still seated in the closing epoch: the percentage of the requests
     * opened while it sat that it signed. Fewer than half is inactivity, slashed here.
     */
    private Map<String, Integer> judgeParticipation(NetworkState state, long epoch, long height, List<Signer> locked) {
        Map<String, Signer> byName = new HashMap<>();
        locked.forEach(s -> byName.put(s.getName(), s));
        Map<String, Integer> participation = new HashMap<>();
        for (EpochMember member : epochs.members(epoch)) {
            Signer signer = byName.get(member.getSigner());
            if (signer == null || (member.getLeftHeight() != null && member.getLeftHeight() < height)) {
                continue;
            }
            List<Long> ids = requests.openedIn(epoch, member.getJoinedHeight(), height).stream()
                    .map(SigningRequest::getId).toList();
            if (ids.isEmpty()) {
                continue;
            }
            long signed = requests.countSignedBy(signer.getName(), ids);
            participation.put(signer.getName(), (int) (100 * signed / ids.size()));
            if (signed * 2 < ids.size()) {
                String evidence = Json.createObjectBuilder().add("epoch", epoch).add("requests", ids.size())
                        .add("signed", signed).build().toString();
                slashing.slashDuringRotation(state, signer, Fault.INACTIVITY, evidence);
            }
        }
        return participation;
    }

    static Reputation.Inputs inputs(Signer signer, NetworkState state, long height, int participation) {
        return new Reputation.Inputs(signer.getUptime(), signer.getSigningSpeed(), signer.getAccuracy(),
                height - signer.getRegisteredHeight(), state.getRotationPeriod(), participation,
                signer.getTotalSlashes());
    }
}
