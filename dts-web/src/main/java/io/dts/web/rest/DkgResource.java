package io.dts.web.rest;

import io.dts.core.dkg.ComplaintView;
import io.dts.core.dkg.DealView;
import io.dts.core.dkg.DkgQueries;
import io.dts.core.dkg.DkgRecords;
import io.dts.core.dkg.DkgService;
import io.dts.core.dkg.DkgSessionView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Threshold mode's DKG sessions (THRESHOLD.md "REST"), under {@code /api/v1/dkg/sessions}. */
@Path("v1/dkg/sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DkgResource {

    @Inject
    DkgService dkg;

    @Inject
    DkgQueries queries;

    @Inject
    Callers callers;

    /** The sessions newest first: the group key's history. */
    @GET
    public List<DkgSessionView> sessions(@QueryParam("limit") String limit) {
        return queries.history((int) QueryValues.number(limit, 100, "limit"));
    }

    @GET
    @Path("current")
    public DkgSessionView current() {
        return queries.current();
    }

    @GET
    @Path("{epoch}")
    public DkgSessionView session(@PathParam("epoch") String epoch) {
        return queries.session(QueryValues.number(epoch, -1, "epoch"));
    }

    @GET
    @Path("{epoch}/deals")
    public List<DealView> deals(@PathParam("epoch") String epoch) {
        return queries.deals(QueryValues.number(epoch, -1, "epoch"));
    }

    @POST
    @Path("{epoch}/deals")
    public Response deal(@PathParam("epoch") String epoch, DkgRecords.DealInput body) {
        String caller = callers.require();
        RequestBodies.require(body, "{dealerIndex, commitments[], shares[{receiverIndex, ephemeralKey, ciphertext}], signature}");
        return Response.status(Response.Status.CREATED)
                .entity(dkg.submitDeal(caller, QueryValues.number(epoch, -1, "epoch"), body)).build();
    }

    @GET
    @Path("{epoch}/complaints")
    public List<ComplaintView> complaints(@PathParam("epoch") String epoch) {
        return queries.complaints(QueryValues.number(epoch, -1, "epoch"));
    }

    @POST
    @Path("{epoch}/complaints")
    public Response complain(@PathParam("epoch") String epoch, DkgRecords.ComplaintInput body) {
        String caller = callers.require();
        RequestBodies.require(body, "{dealerIndex, receiverIndex, sharedKey, proof}");
        return Response.status(Response.Status.CREATED)
                .entity(dkg.submitComplaint(caller, QueryValues.number(epoch, -1, "epoch"), body)).build();
    }
}
