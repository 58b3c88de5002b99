package io.dts.core.rotation;

import io.dts.core.events.EventLog;
import io.dts.core.events.EventType;
import io.dts.core.signer.SignerStatus;
import io.dts.persistence.epoch.Epoch;
import io.dts.persistence.epoch.EpochMember;
import io.dts.persistence.epoch.EpochRepository;
import io.dts.persistence.network.NetworkState;
import io.dts.persistence.signer.Signer;
import io.dts.persistence.signer.SignerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * Seats of the current epoch's committee between rotations: a newcomer takes a free seat, a leaver
 * frees one, and a free seat goes to the best eligible backup at once. Callers hold the network
 * state row lock (see {@code NetworkRepository#stateForUpdate}), which serialises all seat changes.
 */
@ApplicationScoped
public class Committee {

    @Inject
    EpochRepository epochs;

    @Inject
    SignerRepository signers;

    @Inject
    EventLog events;

    /** Seats {@code signer} if the current epoch has a free seat and it is eligible. */
    public boolean offerSeat(NetworkState state, Signer signer, long height) {
        Epoch epoch = epochs.find(state.getEpoch()).orElseThrow();
        if (occupiedSeats(epoch.getNumber()) >= epoch.getSeats()
                || !CommitteeRanking.eligible(candidate(signer), state.getMinStake(), state.getPerformanceThreshold())) {
            return false;
        }
        seat(epoch.getNumber(), signer, height);
        return true;
    }

    /**
     * Takes {@code signer} out of the current committee with its new status, then refills the seat;
     * {@code actor} is who took it out (the signer, the owner, a slasher; null for the network itself).
     */
    public void vacate(NetworkState state, Signer signer, SignerStatus newStatus, String actor, long height) {
        boolean hadSeat = SignerStatus.PRIMARY.name().equals(signer.getStatus());
        signer.setStatus(newStatus.name());
        if (!hadSeat) {
            return;
        }
        epochs.member(state.getEpoch(), signer.getName())
                .filter(m -> m.getLeftHeight() == null)
                .ifPresent(m -> m.setLeftHeight(height));
        events.append(EventType.SIGNER_LEFT_COMMITTEE, actor,
                Map.of("signer", signer.getName(), "epoch", state.getEpoch(), "status", newStatus.name()));
        fillFreeSeats(state, height);
    }

    /** Promotes the best eligible backups into free seats of the current epoch. */
    public void fillFreeSeats(NetworkState state, long height) {
        Epoch epoch = epochs.find(state.getEpoch()).orElseThrow();
        int free = epoch.getSeats() - occupiedSeats(epoch.getNumber());
        if (free <= 0) {
            return;
        }
        List<Signer> backups = signers.withStatusForUpdate(List.of(SignerStatus.BACKUP.name()));
        Map<String, Signer> byName = new java.util.HashMap<>();
        backups.forEach(s -> byName.put(s.getName(), s));
        for (CommitteeRanking.Candidate promoted : CommitteeRanking.select(
                backups.stream().map(Committee::candidate).toList(), free, state.getMinStake(),
                state.getPerformanceThreshold())) {
            seat(epoch.getNumber(), byName.get(promoted.name()), height);
        }
    }

    private void seat(long epoch, Signer signer, long height) {
        int index = epochs.nextMemberIndex(epoch);
        epochs.addMember(new EpochMember(epoch, index, signer.getName(), signer.getPublicKey(), height));
        signer.setStatus(SignerStatus.PRIMARY.name());
        events.append(EventType.SIGNER_JOINED_COMMITTEE, signer.getName(),
                Map.of("signer", signer.getName(), "epoch", epoch, "index", index));
    }

    private int occupiedSeats(long epoch) {
        return (int) epochs.members(epoch).stream().filter(m -> m.getLeftHeight() == null).count();
    }

    static CommitteeRanking.Candidate candidate(Signer s) {
        return new CommitteeRanking.Candidate(s.getName(), s.getReputation(), s.getStake(), s.getRegisteredHeight());
    }
}
