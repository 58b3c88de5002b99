package io.dts.web.rest;

import io.dts.core.signer.SignerView;
import io.dts.core.watchtower.WatchtowerService;
import io.dts.core.watchtower.WatchtowerView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

/** {@code /api/v1/watchtowers}: registration and reports. */
@Path("v1/watchtowers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WatchtowerResource {

    /** Body of {@code POST /watchtowers/reports}. */
    public record Report(String signer, Integer uptime, Integer signingSpeed, Integer validSignatures) {
    }

    @Inject
    WatchtowerService watchtowers;

    @Inject
    Callers callers;

    @POST
    public Response register() {
        String caller = callers.require();
        WatchtowerView created = watchtowers.register(caller);
        return Response.created(UriBuilder.fromResource(WatchtowerResource.class).path(caller).build())
                .entity(created).build();
    }

    @GET
    @Path("{name}")
    public WatchtowerView watchtower(@PathParam("name") String name) {
        return watchtowers.watchtower(name);
    }

    @POST
    @Path("reports")
    public SignerView report(Report body) {
        String caller = callers.require();
        RequestBodies.require(body, "{signer, uptime, signingSpeed, validSignatures}");
        return watchtowers.report(caller, body.signer(), body.uptime(), body.signingSpeed(), body.validSignatures());
    }
}
