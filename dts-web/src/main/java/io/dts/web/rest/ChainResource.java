package io.dts.web.rest;

import io.dts.core.crosschain.ChainView;
import io.dts.core.crosschain.CrossChainService;
import io.dts.core.crosschain.CrossChainTransactionView;
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
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;

/** {@code /api/v1/chains}: other chains' keys, and their transactions verified under them. */
@Path("v1/chains")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ChainResource {

    /** Body of {@code POST /chains}. */
    public record Registration(String chainId, String scheme, List<String> publicKeys, Integer verificationThreshold) {
    }

    /** Body of {@code POST /chains/{chainId}/transactions}. */
    public record Submission(String txHash, String data, List<String> signatures) {
    }

    @Inject
    CrossChainService crossChain;

    @Inject
    Callers callers;

    @POST
    public Response register(Registration body) {
        String caller = callers.require();
        RequestBodies.require(body, "{chainId, scheme, publicKeys[], verificationThreshold}");
        ChainView chain = crossChain.registerChain(caller, body.chainId(), body.scheme(), body.publicKeys(),
                body.verificationThreshold());
        return Response.created(UriBuilder.fromResource(ChainResource.class).path(chain.chainId()).build())
                .entity(chain).build();
    }

    @GET
    public List<ChainView> chains() {
        return crossChain.chains();
    }

    @GET
    @Path("{chainId}")
    public ChainView chain(@PathParam("chainId") String chainId) {
        return crossChain.chain(chainId);
    }

    @POST
    @Path("{chainId}/transactions")
    public Response submit(@PathParam("chainId") String chainId, Submission body) {
        String caller = callers.require();
        RequestBodies.require(body, "{txHash, data, signatures[]}");
        CrossChainTransactionView tx = crossChain.submitTransaction(caller, chainId, body.txHash(), body.data(),
                body.signatures());
        return Response.created(UriBuilder.fromResource(ChainResource.class).path(chainId).path("transactions")
                .path(tx.txHash()).build()).entity(tx).build();
    }

    @GET
    @Path("{chainId}/transactions")
    public List<CrossChainTransactionView> transactions(@PathParam("chainId") String chainId,
            @QueryParam("limit") String limit) {
        return crossChain.transactions(chainId, (int) QueryValues.number(limit, 100, "limit"));
    }

    @GET
    @Path("{chainId}/transactions/{txHash}")
    public CrossChainTransactionView transaction(@PathParam("chainId") String chainId, @PathParam("txHash") String txHash) {
        return crossChain.transaction(chainId, txHash);
    }
}
