package io.dts.persistence.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** The append-only event log. Joins the caller's transaction. */
@ApplicationScoped
public class EventRepository {

    @PersistenceContext(unitName = "dts")
    private EntityManager em;

    protected EventRepository() {
    }

    public EventRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Appends an event with the next id. The sequence row stays locked until the transaction ends,
     * so events commit in id order.
     */
    public Event append(long height, String type, String actor, String dataJson) {
        em.createNativeQuery("UPDATE event_sequence SET last_id = last_id + 1 WHERE id = 1").executeUpdate();
        long id = ((Number) em.createNativeQuery("SELECT last_id FROM event_sequence WHERE id = 1").getSingleResult())
                .longValue();
        Event event = new Event(id, height, type, actor, dataJson, OffsetDateTime.now(ZoneOffset.UTC));
        em.persist(event);
        return event;
    }

    /** Events with an id greater than {@code after}, oldest first, at most {@code limit}. */
    public List<Event> after(long after, int limit) {
        return em.createQuery("SELECT e FROM Event e WHERE e.id > :after ORDER BY e.id", Event.class)
                .setParameter("after", after)
                .setMaxResults(limit)
                .getResultList();
    }
}
