package io.dts.web.rest;

import io.dts.core.rewards.PoolView;
import io.dts.core.rewards.RewardService;
import io.dts.core.rewards.RewardView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code /api/v1/rewards}: per-epoch rewards of committee members, claims, and the reward pool. */
@Path("v1/rewards")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RewardResource {

    /** Body of {@code POST /rewards/claims}. */
    public record Claim(Long epoch) {
    }

    @Inject
    RewardService rewards;

    @Inject
    Callers callers;

    @GET
    public List<RewardView> rewards(@QueryParam("signer") String signer, @QueryParam("epoch") String epoch,
            @QueryParam("claimed") String claimed, @QueryParam("limit") String limit) {
        Long epochFilter = epoch == null || epoch.isBlank() ? null : QueryValues.number(epoch, -1, "epoch");
        long wanted = QueryValues.number(limit, 100, "limit");
        return rewards.list(signer, epochFilter, claimed, (int) Math.max(0, Math.min(wanted, RewardService.MAX_PAGE + 1L)));
    }

    @GET
    @Path("pool")
    public PoolView pool() {
        return rewards.pool();
    }

    @POST
    @Path("claims")
    public RewardView claim(Claim body) {
        String caller = callers.require();
        RequestBodies.require(body, "{epoch}");
        return rewards.claim(caller, body.epoch());
    }
}
