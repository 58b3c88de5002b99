/** The event log: every state change appends an event, in commit order. */
package io.dts.core.events;
