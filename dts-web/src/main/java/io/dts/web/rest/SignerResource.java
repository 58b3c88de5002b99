package io.dts.web.rest;

import io.dts.core.signer.EpochMetricsView;
import io.dts.core.signer.Registration;
import io.dts.core.signer.SignerService;
import io.dts.core.signer.SignerView;
import io.dts.core.signer.SlashingService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;

/** {@code /api/v1/signers}: registration, reading, leaving the committee, slashing. */
@Path("v1/signers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SignerResource {

    /** Body of {@code POST /signers}: hex public key (48 bytes), hex proof of possession (96 bytes), stake. */
    public record Register(String publicKey, String proofOfPossession, Long stake) {
    }

    /** Body of {@code POST /signers/{name}/slash}: amount and 32 bytes of hex evidence. */
    public record Slash(Long amount, String evidence) {
    }

    @Inject
    SignerService signers;

    @Inject
    SlashingService slashing;

    @Inject
    Callers callers;

    @POST
    public Response register(Register body) {
        String caller = callers.require();
        RequestBodies.require(body, "{publicKey, proofOfPossession, stake}");
        Registration registration = signers.register(caller, body.publicKey(), body.proofOfPossession(), body.stake());
        return Response.created(UriBuilder.fromResource(SignerResource.class).path(caller).build())
                .entity(registration).build();
    }

    @GET
    public List<SignerView> list() {
        return signers.list();
    }

    @GET
    @Path("{name}")
    public SignerView signer(@PathParam("name") String name) {
        return signers.signer(name);
    }

    @GET
    @Path("{name}/history")
    public List<EpochMetricsView> history(@PathParam("name") String name) {
        return signers.history(name);
    }

    @DELETE
    @Path("{name}/active")
    public SignerView leaveCommittee(@PathParam("name") String name) {
        return signers.leaveCommittee(callers.require(), name);
    }

    @POST
    @Path("{name}/slash")
    public SignerView slash(@PathParam("name") String name, Slash body) {
        String caller = callers.require();
        RequestBodies.require(body, "{amount, evidence}");
        return slashing.slash(caller, name, body.amount(), body.evidence());
    }
}
