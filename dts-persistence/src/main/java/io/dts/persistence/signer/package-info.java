/** Signers, their per-epoch metrics and their slashes. */
package io.dts.persistence.signer;
