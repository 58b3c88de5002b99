package io.dts.web.rest;

import io.dts.core.account.AccountService;
import io.dts.core.account.AccountView;
import io.dts.core.error.DtsException;
import io.dts.core.error.ErrorCode;
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

/** {@code /api/v1/accounts}: sign-up, my account, the owner's faucet. */
@Path("v1/accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountResource {

    /** Body of {@code POST /accounts}. */
    public record NewAccount(String username, String password) {
    }

    /** Body of {@code POST /accounts/{name}/mint}. */
    public record Mint(Long amount) {
    }

    @Inject
    AccountService accounts;

    @Inject
    Callers callers;

    @POST
    public Response create(NewAccount body) {
        RequestBodies.require(body, "{\"username\": ..., \"password\": ...}");
        AccountView created = accounts.createAccount(body.username(), body.password());
        return Response.created(UriBuilder.fromResource(AccountResource.class).path("me").build())
                .entity(created).build();
    }

    @GET
    @Path("me")
    public AccountView me() {
        return accounts.account(callers.require());
    }

    @POST
    @Path("{name}/mint")
    public AccountView mint(@PathParam("name") String name, Mint body) {
        String caller = callers.require();
        if (body == null || body.amount() == null) {
            throw new DtsException(ErrorCode.INVALID_PARAMS, "send {\"amount\": <micro-units>}");
        }
        return accounts.mint(caller, name, body.amount());
    }
}
