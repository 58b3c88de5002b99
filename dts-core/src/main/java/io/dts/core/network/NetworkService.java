package io.dts.core.network;

import io.dts.core.error.DtsException;
import io.dts.core.error.ErrorCode;
import io.dts.core.events.EventLog;
import io.dts.core.events.EventType;
import io.dts.core.signer.SignerStatus;
import io.dts.persistence.account.AccountRepository;
import io.dts.persistence.epoch.Epoch;
import io.dts.persistence.epoch.EpochRepository;
import io.dts.persistence.network.BlockClock;
import io.dts.persistence.network.NetworkRepository;
import io.dts.persistence.network.NetworkState;
import io.dts.persistence.reward.RewardRepository;
import io.dts.persistence.signer.SignerRepository;
import io.dts.core.events.WritesEvents;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;

/** The network as a whole: status, initialize, the owner's emergency controls, ownership, the block clock. */
@Stateless
@WritesEvents
public class NetworkService {

    @Inject
    NetworkRepository network;

    @Inject
    NetworkRules rules;

    @Inject
    EpochRepository epochs;

    @Inject
    SignerRepository signers;

    @Inject
    AccountRepository accounts;

    @Inject
    RewardRepository rewardRepository;

    @Inject
    EventLog events;

    public NetworkStatus status() {
        NetworkState state = network.state();
        BlockClock clock = network.clock();
        NetworkParams params = null;
        Long nextRotation = null;
        if (state.isInitialized()) {
            params = params(state);
            nextRotation = state.getLastRotationHeight() + state.getRotationPeriod();
        }
        int active = (int) signers.countWithStatus(SignerStatus.PRIMARY.name());
        return new NetworkStatus(state.isInitialized(), state.getOwnerName(), state.isPaused(), clock.getHeight(),
                state.getEpoch(), params, active, state.getLastRotationHeight(), nextRotation,
                rewardRepository.poolWithPendingFees(state));
    }

    /** The seed's {@code initialize}: owner only, once. Opens epoch 1 with an empty committee. */
    public NetworkStatus initialize(String caller, NetworkParams params) {
        rules.requireOwner(caller);
        NetworkState state = network.stateForUpdate();
        if (state.isInitialized()) {
            throw new DtsException(ErrorCode.ALREADY_INITIALIZED, "the network is already initialized");
        }
        long height = rules.height();
        store(state, params);
        state.setInitialized(true);
        state.setEpoch(1);
        state.setLastRotationHeight(height);
        epochs.add(new Epoch(1, height, params.signatureThreshold(), params.totalSigners()));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("minStake", params.minStake());
        data.put("requiredSigners", params.requiredSigners());
        data.put("totalSigners", params.totalSigners());
        data.put("rotationPeriod", params.rotationPeriod());
        data.put("signatureThreshold", params.signatureThreshold());
        data.put("performanceThreshold", params.performanceThreshold());
        data.put("governanceThreshold", params.governanceThreshold());
        data.put("quorum", params.quorum());
        data.put("minProposalDuration", params.minProposalDuration());
        data.put("proposalFee", params.proposalFee());
        data.put("minReputationToPropose", params.minReputationToPropose());
        data.put("executionDelay", params.executionDelay());
        data.put("protocolFee", params.protocolFee());
        data.put("signingMode", params.signingMode().name());
        data.put("dkgPhaseBlocks", params.dkgPhaseBlocks());
        events.append(EventType.NETWORK_INITIALIZED, caller, data);
        return status();
    }

    /** Emergency pause: every state change but the owner's is refused with 118 until unpause. */
    public NetworkStatus setPaused(String caller, boolean paused) {
        rules.requireOwner(caller);
        changePause(caller, paused, Map.of());
        return status();
    }

    /**
     * Pause or unpause decided by a passed proposal: the same change as the owner's, recorded with
     * the network as actor and the proposal's id.
     *
     * @return whether the pause state changed
     */
    public boolean setPausedByProposal(long proposalId, boolean paused) {
        return changePause(null, paused, Map.of("proposal", proposalId));
    }

    private boolean changePause(String actor, boolean paused, Map<String, ?> data) {
        NetworkState state = network.stateForUpdate();
        if (state.isPaused() == paused) {
            return false;
        }
        state.setPaused(paused);
        events.append(paused ? EventType.NETWORK_PAUSED : EventType.NETWORK_UNPAUSED, actor, data);
        return true;
    }

    /** The current parameters. @throws DtsException 101 before initialize */
    public NetworkParams currentParams() {
        return params(rules.requireInitialized());
    }

    /**
     * Sets one parameter, as a passed parameter-change proposal does: the whole new set is validated
     * as initialize validates it (101 otherwise, nothing changed). Committee size and threshold take
     * effect at the next rotation (an epoch keeps the committee and threshold it opened with).
     *
     * @return the value before the change
     */
    public long changeParameter(String parameter, long value) {
        NetworkState state = network.stateForUpdate();
        NetworkParams before = params(state);
        NetworkParams after = before.with(parameter, value);
        store(state, after);
        return NetworkParameter.named(parameter).valueIn(before);
    }

    /** Hands the network over to another account. */
    public NetworkStatus transferOwnership(String caller, String newOwner) {
        rules.requireOwner(caller);
        if (newOwner == null || accounts.find(newOwner).isEmpty()) {
            throw new DtsException(ErrorCode.INVALID_PARAMS, "newOwner must name an existing account");
        }
        NetworkState state = network.stateForUpdate();
        String previous = state.getOwnerName();
        state.setOwnerName(newOwner);
        events.append(EventType.OWNERSHIP_TRANSFERRED, caller, Map.of("from", previous, "to", newOwner));
        return status();
    }

    /** @throws DtsException 122 for an epoch that has not started */
    public EpochView epoch(long number) {
        Epoch epoch = epochs.find(number)
                .orElseThrow(() -> new DtsException(ErrorCode.NOT_FOUND, "epoch " + number + " has not started"));
        return new EpochView(epoch.getNumber(), epoch.getStartHeight(), epoch.getThreshold(), epoch.getSeats(),
                epochs.members(number).stream()
                        .map(m -> new EpochView.Member(m.getMemberIndex(), m.getSigner(), m.getPublicKey(),
                                m.getJoinedHeight(), m.getLeftHeight()))
                        .toList());
    }

    public long blockHeight() {
        return network.clock().getHeight();
    }

    /**
     * Produces the next block if the last one is at least half an interval old. Every instance of a
     * cluster calls this on its own timer; the conditional update lets exactly one of them move each
     * height, and the age check keeps the cluster at about one block per interval.
     *
     * @return whether this call produced a block
     */
    public boolean produceBlock(long intervalMillis) {
        BlockClock clock = network.clock();
        long now = System.currentTimeMillis();
        return network.advanceBlock(clock.getHeight(), now, now - intervalMillis / 2);
    }

    private static NetworkParams params(NetworkState s) {
        return new NetworkParams(s.getMinStake(), s.getRequiredSigners(), s.getTotalSigners(), s.getRotationPeriod(),
                s.getSignatureThreshold(), s.getPerformanceThreshold(), s.getGovernanceThreshold(), s.getQuorum(),
                s.getMinProposalDuration(), s.getProposalFee(), s.getMinReputationToPropose(), s.getExecutionDelay(),
                s.getProtocolFee(), SigningMode.valueOf(s.getSigningMode()), s.getDkgPhaseBlocks());
    }

    private static void store(NetworkState state, NetworkParams params) {
        state.setMinStake(params.minStake());
        state.setRequiredSigners(params.requiredSigners());
        state.setTotalSigners(params.totalSigners());
        state.setRotationPeriod(params.rotationPeriod());
        state.setSignatureThreshold(params.signatureThreshold());
        state.setPerformanceThreshold(params.performanceThreshold());
        state.setGovernanceThreshold(params.governanceThreshold());
        state.setQuorum(params.quorum());
        state.setMinProposalDuration(params.minProposalDuration());
        state.setProposalFee(params.proposalFee());
        state.setMinReputationToPropose(params.minReputationToPropose());
        state.setExecutionDelay(params.executionDelay());
        state.setSigningMode(params.signingMode().name());
        state.setDkgPhaseBlocks(params.dkgPhaseBlocks());
        state.setProtocolFee(params.protocolFee());
    }
}
