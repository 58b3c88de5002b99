package io.dts.core.network;

import io.dts.persistence.network.BlockClock;
import io.dts.persistence.network.NetworkRepository;
import io.dts.persistence.network.NetworkState;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** The network's state and its block clock. */
@Stateless
public class NetworkService {

    @Inject
    NetworkRepository network;

    public NetworkStatus status() {
        NetworkState state = network.state();
        BlockClock clock = network.clock();
        NetworkParams params = null;
        Long nextRotation = null;
        if (state.isInitialized()) {
            params = new NetworkParams(state.getMinStake(), state.getRequiredSigners(), state.getTotalSigners(),
                    state.getRotationPeriod(), state.getSignatureThreshold());
            nextRotation = state.getLastRotationHeight() + state.getRotationPeriod();
        }
        // No signer can register before the contract issue's rules exist, so no seat is taken yet.
        int activeSigners = 0;
        return new NetworkStatus(state.isInitialized(), state.getOwnerName(), state.isPaused(), clock.getHeight(),
                state.getEpoch(), params, activeSigners, state.getLastRotationHeight(), nextRotation);
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
}
