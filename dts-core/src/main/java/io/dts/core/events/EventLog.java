package io.dts.core.events;

import io.dts.core.error.DtsException;
import io.dts.core.error.ErrorCode;
import io.dts.persistence.event.Event;
import io.dts.persistence.event.EventRepository;
import io.dts.persistence.network.NetworkRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;

/** Appends to and reads the event log. Appends join the transaction of the change they record. */
@ApplicationScoped
public class EventLog {

    public static final int MAX_PAGE = 1000;

    @Inject
    EventRepository events;

    @Inject
    NetworkRepository network;

    /** Records {@code type} by {@code actor} (null for the network itself) at the current height. */
    public void append(EventType type, String actor, Map<String, ?> data) {
        String json = Json.createObjectBuilder(data.entrySet().stream()
                        .filter(e -> e.getValue() != null)
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> (Object) e.getValue())))
                .build().toString();
        events.append(network.clock().getHeight(), type.name(), actor, json);
    }

    public List<EventView> after(long after, int limit) {
        if (after < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new DtsException(ErrorCode.INVALID_PARAMS, "after must be >= 0 and limit 1.." + MAX_PAGE);
        }
        return events.after(after, limit).stream().map(EventLog::view).toList();
    }

    private static EventView view(Event e) {
        JsonObject data = Json.createReader(new StringReader(e.getData())).readObject();
        return new EventView(e.getId(), e.getHeight(), e.getType(), e.getActor(), data, e.getAt());
    }
}
