package io.dts.core.events;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Reads of the event log for long-lived consumers (live streams) that run outside any request: an
 * EJB, so each read has its own transaction and persistence context wherever it is called from.
 */
@Stateless
public class EventFeed {

    @Inject
    EventLog events;

    public List<EventView> after(long after, int limit) {
        return events.after(after, limit);
    }

    /** The id of the newest event, 0 while the log is empty. */
    public long newestId() {
        List<EventView> newest = events.newest(1);
        return newest.isEmpty() ? 0 : newest.get(0).id();
    }
}
