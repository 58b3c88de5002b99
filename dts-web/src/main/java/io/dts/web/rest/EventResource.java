package io.dts.web.rest;

import io.dts.core.events.EventLog;
import io.dts.core.events.EventView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code /api/v1/events?after=&limit=}: the event log, oldest first, paged by id. */
@Path("v1/events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {

    @Inject
    EventLog events;

    @GET
    public List<EventView> events(@QueryParam("after") String after, @QueryParam("limit") String limit) {
        return events.after(QueryValues.number(after, 0, "after"), (int) QueryValues.number(limit, 100, "limit"));
    }
}
