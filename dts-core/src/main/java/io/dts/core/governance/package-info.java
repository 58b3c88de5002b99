/**
 * Governance: signers propose parameter changes, signer removals and pause/unpause; votes weighted
 * by stake-and-reputation voting power; finalize by threshold and quorum; execution by timer after
 * the timelock, exactly once.
 */
package io.dts.core.governance;
