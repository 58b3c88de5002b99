/**
 * Threshold mode's DKG sessions (THRESHOLD.md "Sessions" to "Finalize") as a pure state machine:
 * the phases DEAL → COMPLAIN → COMPLETE | FAILED, the block-height windows that open and close
 * them, and who may post what when. Owns {@link io.dts.core.dkg.DkgSession}, {@link
 * io.dts.core.dkg.DkgPhase}, the table of valid moves {@link io.dts.core.dkg.DkgTransition} and
 * the named refusals {@link io.dts.core.dkg.DkgError}. Plain immutable values with no persistence
 * and no container, so the EJB/JPA layer can store and wrap them; the cryptography (bundles,
 * complaints, finalization math) lives in {@code io.dts.core.crypto.dkg}.
 */
package io.dts.core.dkg;
