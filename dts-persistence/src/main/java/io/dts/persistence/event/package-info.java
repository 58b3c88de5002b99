/** The event log: every state change of the network, in commit order. */
package io.dts.persistence.event;
