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
import jakarta.json.JsonObject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Appends to and reads the event log. An append joins the transaction of the change it records and
 * is written just before that transaction commits, so that the event log's lock (which orders event
 * ids by commit) is always the last lock a transaction takes and can never be part of a deadlock.
 */
@ApplicationScoped
public class EventLog {

    public static final int MAX_PAGE = 1000;

    private static final Object PENDING_KEY = EventLog.class.getName() + ".pending";

    @Inject
    EventRepository events;

    @Inject
    NetworkRepository network;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Resource(lookup = "java:app/jdbc/dts")
    DataSource dataSource;

    /** Records {@code type} by {@code actor} (null for the network itself) at the current height. */
    public void append(EventType type, String actor, Map<String, ?> data) {
        String json = Json.createObjectBuilder(data.entrySet().stream()
                        .filter(e -> e.getValue() != null)
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> (Object) e.getValue())))
                .build().toString();
        pending().events.add(new NewEvent(network.clock().getHeight(), type.name(), actor, json, Instant.now()));
    }

    public List<EventView> after(long after, int limit) {
        if (after < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new DtsException(ErrorCode.INVALID_PARAMS, "after must be >= 0 and limit 1.." + MAX_PAGE);
        }
        return events.after(after, limit).stream().map(EventLog::view).toList();
    }

    /** The newest events first, for people watching the network. */
    public List<EventView> newest(int limit) {
        return events.newest(Math.max(1, Math.min(limit, MAX_PAGE))).stream().map(EventLog::view).toList();
    }

    private Pending pending() {
        Pending pending = (Pending) transactions.getResource(PENDING_KEY);
        if (pending == null) {
            pending = new Pending();
            transactions.putResource(PENDING_KEY, pending);
            transactions.registerInterposedSynchronization(pending);
        }
        return pending;
    }

    /** The events of one transaction, written when it is about to commit. */
    private final class Pending implements Synchronization {

        final List<NewEvent> events = new ArrayList<>();

        @Override
        public void beforeCompletion() {
            if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
                return; // rolling back: nothing happened, nothing to record
            }
            try (Connection connection = dataSource.getConnection()) {
                EventRepository.write(connection, events);
            } catch (SQLException e) {
                transactions.setRollbackOnly();
                throw new IllegalStateException("could not write the event log; the change is rolled back", e);
            }
        }

        @Override
        public void afterCompletion(int status) {
            // nothing to release
        }
    }

    private static EventView view(Event e) {
        JsonObject data = Json.createReader(new StringReader(e.getData())).readObject();
        return new EventView(e.getId(), e.getHeight(), e.getType(), e.getActor(), data, e.getAt());
    }
}
