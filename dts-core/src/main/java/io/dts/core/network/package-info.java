/**
 * The network as a whole: start-up (schema, owner), the block clock, owner and pause state, and
 * the parameters set by initialize.
 */
package io.dts.core.network;
