/** The network's singleton state (owner, pause, parameters, epoch) and the block clock. */
package io.dts.persistence.network;
