package io.dts.web.pages;

import io.dts.core.network.NetworkService;
import io.dts.core.network.NetworkStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The network's status for the explorer. */
@Named
@RequestScoped
public class NetworkPage {

    @Inject
    NetworkService network;

    private NetworkStatus status;

    public NetworkStatus getStatus() {
        if (status == null) {
            status = network.status();
        }
        return status;
    }
}
