/** Signers: registration with stake and proof of possession, metrics, leaving, slashing. */
package io.dts.core.signer;
