package io.dts.web.rest;

import io.dts.core.network.NetworkService;
import io.dts.core.network.NetworkStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /api/v1/network}: the network's state, public. */
@Path("v1/network")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NetworkResource {

    @Inject
    NetworkService network;

    @GET
    public NetworkStatus status() {
        return network.status();
    }
}
