package io.dts.web.rest;

import io.dts.core.governance.GovernanceService;
import io.dts.core.governance.NewProposal;
import io.dts.core.governance.ProposalView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import io.dts.core.error.DtsException;
import io.dts.core.error.ErrorCode;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.io.StringReader;
import java.util.List;

/** {@code /api/v1/proposals}: governance proposals, votes and finalizing. */
@Path("v1/proposals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProposalResource {

    @Inject
    GovernanceService governance;

    @Inject
    Callers callers;

    @POST
    public Response propose(NewProposal body) {
        String caller = callers.require();
        RequestBodies.require(body, "{title, description, type, votingDuration, parameter?, value?, signer?}");
        ProposalView created = governance.propose(caller, body);
        return Response.created(UriBuilder.fromResource(ProposalResource.class).path(Long.toString(created.id())).build())
                .entity(created).build();
    }

    @GET
    public List<ProposalView> proposals(@QueryParam("status") String status, @QueryParam("limit") String limit) {
        long wanted = QueryValues.number(limit, 100, "limit");
        return governance.proposals(status, (int) Math.max(0, Math.min(wanted, GovernanceService.MAX_PAGE + 1L)));
    }

    @GET
    @Path("{id}")
    public ProposalView proposal(@PathParam("id") String id) {
        return governance.proposal(QueryValues.number(id, -1, "id"));
    }

    @POST
    @Path("{id}/votes")
    public ProposalView vote(@PathParam("id") String id, String body) {
        String caller = callers.require();
        return governance.vote(caller, QueryValues.number(id, -1, "id"), support(body));
    }

    /**
     * {@code support} of a vote body {@code {"support": true|false}}, read as JSON rather than bound,
     * because binding would take the string "yes" for false: anything but a JSON boolean is null
     * (115). No body or no JSON is 123, as everywhere.
     */
    private static Boolean support(String body) {
        JsonValue vote;
        try {
            vote = Json.createReader(new StringReader(body == null ? "" : body)).readValue();
        } catch (JsonException e) {
            throw new DtsException(ErrorCode.MALFORMED_REQUEST, "send a JSON body: {\"support\": true|false}");
        }
        JsonValue support = vote.getValueType() == JsonValue.ValueType.OBJECT ? vote.asJsonObject().get("support") : null;
        JsonValue.ValueType type = support == null ? null : support.getValueType();
        if (type == JsonValue.ValueType.TRUE) {
            return true;
        }
        return type == JsonValue.ValueType.FALSE ? false : null;
    }

    @POST
    @Path("{id}/finalize")
    public ProposalView finalizeProposal(@PathParam("id") String id) {
        return governance.finalizeProposal(callers.require(), QueryValues.number(id, -1, "id"));
    }
}
