package io.dts.web.rest;

import io.dts.core.events.EventLog;
import io.dts.core.events.EventView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import io.dts.core.events.EventType;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Set;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code /api/v1/events}: the event log, oldest first, paged by id; and live as server-sent events. */
@Path("v1/events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {

    @Inject
    EventLog events;

    @Inject
    EventStreams streams;

    @GET
    public List<EventView> events(@QueryParam("after") String after, @QueryParam("limit") String limit) {
        return events.after(QueryValues.number(after, 0, "after"), (int) QueryValues.number(limit, 100, "limit"));
    }

    /**
     * {@code GET /events/stream?types=A,B}: server-sent events, one per new event of those types (all
     * types when none are named), with the event id as the SSE id and the type as the SSE event name.
     * A client that reconnects with {@code Last-Event-ID} gets everything after that id; without it the
     * stream starts with the next event.
     */
    @GET
    @Path("stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void stream(@QueryParam("types") String types, @HeaderParam(HttpHeaders.LAST_EVENT_ID_HEADER) String lastEventId,
            @Context SseEventSink sink, @Context Sse sse) {
        Set<EventType> wanted = EventLog.types(types);
        long after = lastEventId == null || lastEventId.isBlank() ? streams.newestId()
                : QueryValues.number(lastEventId, 0, "Last-Event-ID");
        streams.open(sink, sse, wanted, Math.max(0, after));
    }
}
