package io.dts.core.events;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Writes the events a service method appended once it has done everything else (see {@link EventLog}). */
@WritesEvents
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class EventWriting {

    @Inject
    EventLog events;

    @AroundInvoke
    Object writeEventsLast(InvocationContext invocation) throws Exception {
        return events.writtenLast(invocation::proceed);
    }
}
