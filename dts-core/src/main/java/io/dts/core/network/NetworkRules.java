package io.dts.core.network;

import io.dts.core.error.DtsException;
import io.dts.core.error.ErrorCode;
import io.dts.persistence.network.NetworkRepository;
import io.dts.persistence.network.NetworkState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The checks every rule starts with: who owns the network, whether it is initialized, whether it is
 * paused, and the current block height. Ownership is state (it can be handed over), not a role fixed
 * at sign-in, so it is read from the database at each check.
 */
@ApplicationScoped
public class NetworkRules {

    @Inject
    NetworkRepository network;

    public boolean isOwner(String caller) {
        return caller != null && caller.equals(network.state().getOwnerName());
    }

    /** @throws DtsException 100 unless {@code caller} is the owner */
    public void requireOwner(String caller) {
        if (!isOwner(caller)) {
            throw new DtsException(ErrorCode.UNAUTHORIZED, "only the network owner may do this");
        }
    }

    /** @throws DtsException 118 while the network is paused, unless {@code caller} is the owner */
    public void requireUnpaused(String caller) {
        NetworkState state = network.state();
        if (state.isPaused() && !caller.equals(state.getOwnerName())) {
            throw new DtsException(ErrorCode.EMERGENCY_PAUSED, "the network is paused by its owner");
        }
    }

    /** @throws DtsException 101 before the owner has initialized the network */
    public NetworkState requireInitialized() {
        NetworkState state = network.state();
        if (!state.isInitialized()) {
            throw new DtsException(ErrorCode.INVALID_PARAMS, "the network is not initialized yet");
        }
        return state;
    }

    public long currentEpoch() {
        return network.state().getEpoch();
    }

    public long height() {
        return network.clock().getHeight();
    }
}
