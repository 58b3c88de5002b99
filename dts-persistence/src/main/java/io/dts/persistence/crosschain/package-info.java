/** Chains registered for cross-chain verification and the transactions verified under them. */
package io.dts.persistence.crosschain;
