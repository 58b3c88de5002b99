package io.dts.web.rest;

import io.dts.core.network.EpochView;
import io.dts.core.network.NetworkService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /api/v1/epochs/{n}}: an epoch's committee, public and kept forever. */
@Path("v1/epochs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EpochResource {

    @Inject
    NetworkService network;

    @GET
    @Path("{number: [0-9]+}")
    public EpochView epoch(@PathParam("number") long number) {
        return network.epoch(number);
    }
}
