package io.dts.web.rest;

import io.dts.core.error.DtsException;
import io.dts.core.error.ErrorCode;
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

    /** Query values are parsed here so that {@code ?limit=abc} is a 400 with 101, not JAX-RS's 404. */
    @GET
    public List<EventView> events(@QueryParam("after") String after, @QueryParam("limit") String limit) {
        return events.after(number(after, 0, "after"), (int) number(limit, 100, "limit"));
    }

    private static long number(String value, long fallback, String name) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new DtsException(ErrorCode.INVALID_PARAMS, name + " must be a whole number");
        }
    }
}
