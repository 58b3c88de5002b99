package io.dts.web.rest;

import io.dts.core.subscription.DeliveryView;
import io.dts.core.subscription.SubscriptionService;
import io.dts.core.subscription.SubscriptionView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

/** {@code /api/v1/subscriptions}: my event subscriptions, delivered by webhook, and their delivery logs. */
@Path("v1/subscriptions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SubscriptionResource {

    /** Body of {@code POST /subscriptions}. */
    public record Subscribe(List<String> types, String url) {
    }

    @Inject
    SubscriptionService subscriptions;

    @Inject
    Callers callers;

    @POST
    public Response subscribe(Subscribe body) {
        String caller = callers.require();
        RequestBodies.require(body, "{types[], url}");
        SubscriptionView created = subscriptions.subscribe(caller, body.types(), body.url());
        return Response.created(UriBuilder.fromResource(SubscriptionResource.class).path(Long.toString(created.id())).build())
                .entity(created).build();
    }

    @GET
    public List<SubscriptionView> mine() {
        return subscriptions.subscriptionsOf(callers.require());
    }

    @DELETE
    @Path("{id}")
    public SubscriptionView unsubscribe(@PathParam("id") String id) {
        return subscriptions.unsubscribe(callers.require(), QueryValues.number(id, -1, "id"));
    }

    @GET
    @Path("{id}/deliveries")
    public List<DeliveryView> deliveries(@PathParam("id") String id, @QueryParam("limit") String limit) {
        return subscriptions.deliveries(callers.require(), QueryValues.number(id, -1, "id"),
                (int) QueryValues.number(limit, 100, "limit"));
    }
}
