/**
 * Cross-chain verification: the owner registers another network's BLS keys and scheme; a
 * transaction of that network is stored only when enough of its signatures verify, each under a
 * different registered key.
 */
package io.dts.core.crosschain;
