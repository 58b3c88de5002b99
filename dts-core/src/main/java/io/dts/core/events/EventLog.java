package io.dts.core.events;

import io.dts.core.error.DtsException;
import io.dts.core.error.ErrorCode;
import io.dts.persistence.event.Event;
import io.dts.persistence.event.EventRepository;
import io.dts.persistence.event.EventRepository.NewEvent;
import io.dts.persistence.network.NetworkRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Appends to and reads the event log. Events appended during a service call are written in that
 * call's transaction when its outermost {@link WritesEvents} method returns, after all its other
 * work: the event log's sequence row, whose lock orders event ids by commit, is then always the
 * last lock a transaction takes and can never be part of a deadlock.
 */
@ApplicationScoped
public class EventLog {

    public static final int MAX_PAGE = 1000;

    private static final Object PENDING_KEY = EventLog.class.getName() + ".pending";

    /** One factory for all events: {@code Json.createObjectBuilder} looks the provider up on every call. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    @Inject
    EventRepository events;

    @Inject
    NetworkRepository network;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Resource(lookup = "java:app/jdbc/dts")
    DataSource dataSource;

    /** The events of one transaction not yet written, and how deep in {@link WritesEvents} calls it is. */
    private static final class Pending {
        final List<NewEvent> events = new ArrayList<>();
        int depth;
    }

    /**
     * Records {@code type} by {@code actor} (null for the network itself) at the current height.
     *
     * @throws IllegalStateException outside a {@link WritesEvents} service call: such an event would never be written
     */
    public void append(EventType type, String actor, Map<String, ?> data) {
        append(type, actor, data, network.clock().getHeight());
    }

    /**
     * Records {@code type} by {@code actor} at {@code height}, the current height that the caller has
     * just read in this transaction (a call that appends many events reads it once).
     *
     * @throws IllegalStateException outside a {@link WritesEvents} service call: such an event would never be written
     */
    public void append(EventType type, String actor, Map<String, ?> data, long height) {
        Pending pending = transactions.getTransactionKey() == null ? null : (Pending) transactions.getResource(PENDING_KEY);
        if (pending == null || pending.depth == 0) {
            throw new IllegalStateException("events are appended inside a @WritesEvents service call");
        }
        String json = JSON.createObjectBuilder(data.entrySet().stream()
                        .filter(e -> e.getValue() != null)
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> (Object) e.getValue())))
                .build().toString();
        pending.events.add(new NewEvent(height, type.name(), actor, json, Instant.now()));
    }

    /** Runs {@code work}; when it is the transaction's outermost such call and succeeds, writes its events. */
    Object writtenLast(Callable<Object> work) throws Exception {
        if (transactions.getTransactionKey() == null) {
            return work.call();
        }
        Pending pending = (Pending) transactions.getResource(PENDING_KEY);
        if (pending == null) {
            pending = new Pending();
            transactions.putResource(PENDING_KEY, pending);
        }
        pending.depth++;
        boolean succeeded = false;
        try {
            Object result = work.call();
            succeeded = true;
            return result;
        } finally {
            pending.depth--;
            if (pending.depth == 0) {
                List<NewEvent> written = List.copyOf(pending.events);
                pending.events.clear();
                if (succeeded && !written.isEmpty()) {
                    write(written);
                }
            }
        }
    }

    private void write(List<NewEvent> written) throws SQLException {
        // A connection taken inside the transaction is enlisted in it: the events commit or roll back with the change.
        try (Connection connection = dataSource.getConnection()) {
            EventRepository.write(connection, written);
        }
    }

    public List<EventView> after(long after, int limit) {
        if (after < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new DtsException(ErrorCode.INVALID_PARAMS, "after must be >= 0 and limit 1.." + MAX_PAGE);
        }
        return events.after(after, limit).stream().map(EventLog::view).toList();
    }

    /**
     * The event types named in {@code csv} (comma-separated; blank means every type).
     *
     * @throws DtsException 101 for a name that is no event type
     */
    public static Set<EventType> types(String csv) {
        if (csv == null || csv.isBlank()) {
            return EnumSet.allOf(EventType.class);
        }
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        for (String name : csv.split(",")) {
            try {
                types.add(EventType.valueOf(name.trim()));
            } catch (IllegalArgumentException e) {
                throw new DtsException(ErrorCode.INVALID_PARAMS, "'" + name.trim() + "' is not an event type; the types are "
                        + Arrays.toString(EventType.values()));
            }
        }
        return types;
    }

    /** The newest events first, for people watching the network. */
    public List<EventView> newest(int limit) {
        return events.newest(Math.max(1, Math.min(limit, MAX_PAGE))).stream().map(EventLog::view).toList();
    }

    private static EventView view(Event e) {
        JsonObject data = Json.createReader(new StringReader(e.getData())).readObject();
        return new EventView(e.getId(), e.getHeight(), e.getType(), e.getActor(), data, e.getAt());
    }
}
