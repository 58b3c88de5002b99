package io.dts.persistence.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** The append-only event log. Reads join the caller's transaction; writes go through {@link #write}. */
@ApplicationScoped
public class EventRepository {

    /** An event about to be written. */
    public record NewEvent(long height, String type, String actor, String dataJson, Instant at) {
    }

    @PersistenceContext(unitName = "dts")
    private EntityManager em;

    protected EventRepository() {
    }

    public EventRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Writes {@code events} with the next ids on {@code connection}, inside its transaction. The
     * sequence row stays locked until that transaction ends, so ids follow commit order and a reader
     * paging with {@code ?after=} never misses an event that commits late. Call it as the last write
     * of a transaction: every writer waits here for the one before it to commit.
     */
    public static void write(Connection connection, List<NewEvent> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        long last;
        try (PreparedStatement bump = connection.prepareStatement("UPDATE event_sequence SET last_id = last_id + ? WHERE id = 1")) {
            bump.setLong(1, events.size());
            bump.executeUpdate();
        }
        try (PreparedStatement read = connection.prepareStatement("SELECT last_id FROM event_sequence WHERE id = 1");
                ResultSet rs = read.executeQuery()) {
            rs.next();
            last = rs.getLong(1);
        }
        long id = last - events.size();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO event (id, height, type, actor, data, at) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (NewEvent event : events) {
                insert.setLong(1, ++id);
                insert.setLong(2, event.height());
                insert.setString(3, event.type());
                insert.setString(4, event.actor());
                insert.setString(5, event.dataJson());
                insert.setTimestamp(6, Timestamp.from(event.at()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The newest events first, at most {@code limit}. */
    public List<Event> newest(int limit) {
        return em.createQuery("SELECT e FROM Event e ORDER BY e.id DESC", Event.class).setMaxResults(limit).getResultList();
    }

    /** Events with an id greater than {@code after}, oldest first, at most {@code limit}. */
    public List<Event> after(long after, int limit) {
        return em.createQuery("SELECT e FROM Event e WHERE e.id > :after ORDER BY e.id", Event.class)
                .setParameter("after", after)
                .setMaxResults(limit)
                .getResultList();
    }
}
