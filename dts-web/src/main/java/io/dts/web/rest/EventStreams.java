package io.dts.web.rest;

import io.dts.core.events.EventFeed;
import io.dts.core.events.EventType;
import io.dts.core.events.EventView;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Live event streams (server-sent events). Each stream has a cursor in the event log; one scheduled
 * task reads every stream's new events from the database twice a second, so events committed by any
 * instance sharing the database reach every subscriber, in id order, none skipped — the log's ids
 * follow commit order. Idle streams get a comment every 15 s, which also finds clients that left.
 */
@ApplicationScoped
public class EventStreams {

    static final long POLL_MILLIS = 500;
    static final long KEEPALIVE_MILLIS = 15_000;
    static final int BATCH = 200;

    private static final Logger LOG = Logger.getLogger(EventStreams.class.getName());

    private final class Stream {
        final SseEventSink sink;
        final Sse sse;
        final Set<EventType> types;
        long cursor;
        long lastSentAt = System.currentTimeMillis();

        Stream(SseEventSink sink, Sse sse, Set<EventType> types, long cursor) {
            this.sink = sink;
            this.sse = sse;
            this.types = types;
            this.cursor = cursor;
        }

        /** Sends what is new for this stream; false once the client has gone. */
        boolean pump() {
            if (sink.isClosed()) {
                return false;
            }
            List<EventView> batch;
            do {
                batch = events.after(cursor, BATCH);
                for (EventView event : batch) {
                    cursor = event.id();
                    if (types.contains(EventType.valueOf(event.type())) && !send(sse.newEventBuilder()
                            .id(Long.toString(event.id())).name(event.type())
                            .mediaType(MediaType.APPLICATION_JSON_TYPE).data(EventView.class, event).build())) {
                        return false;
                    }
                }
            } while (batch.size() == BATCH);
            if (System.currentTimeMillis() - lastSentAt >= KEEPALIVE_MILLIS) {
                return send(sse.newEventBuilder().comment("keep-alive").build());
            }
            return true;
        }

        private boolean send(jakarta.ws.rs.sse.OutboundSseEvent event) {
            try {
                sink.send(event).toCompletableFuture().get(10, TimeUnit.SECONDS);
                lastSentAt = System.currentTimeMillis();
                return true;
            } catch (Exception e) {
                return false; // the client left or stopped reading
            }
        }

        void close() {
            try {
                sink.close();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "closing an event stream", e);
            }
        }
    }

    @Inject
    EventFeed events;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final List<Stream> streams = new CopyOnWriteArrayList<>();
    private ScheduledFuture<?> pumping;

    /** Opens a stream of {@code types} starting after event {@code after}; it runs until the client leaves. */
    void open(SseEventSink sink, Sse sse, Set<EventType> types, long after) {
        streams.add(new Stream(sink, sse, types, after));
        startPumping();
    }

    /** The id of the newest event, where a stream without Last-Event-ID begins. */
    long newestId() {
        return events.newestId();
    }

    int openStreams() {
        return streams.size();
    }

    private synchronized void startPumping() {
        if (pumping == null || pumping.isDone()) {
            pumping = scheduler.scheduleWithFixedDelay(this::pumpAll, 0, POLL_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void pumpAll() {
        for (Stream stream : streams) {
            boolean open;
            try {
                open = stream.pump();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "an event stream failed; it is closed and the client may reconnect with Last-Event-ID", e);
                open = false;
            }
            if (!open) {
                streams.remove(stream);
                stream.close();
            }
        }
    }

    @PreDestroy
    void closeAll() {
        if (pumping != null) {
            pumping.cancel(false);
        }
        streams.forEach(Stream::close);
        streams.clear();
    }
}
