package io.dts.core.network;

import io.dts.core.error.DtsException;
import io.dts.core.error.ErrorCode;
import io.dts.persistence.network.NetworkRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Who owns the network. Ownership is state (it can be handed over), not a role fixed at login, so it
 * is read from the database at each check.
 */
@ApplicationScoped
public class Ownership {

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
}
