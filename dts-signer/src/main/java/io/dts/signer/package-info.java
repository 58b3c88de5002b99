/**
 * The DTS member client ({@code dts-signer}): a signer's duties run unattended against the REST API
 * — signing pending requests (DESIGN.md §5) and taking part in DKG sessions (THRESHOLD.md) — as a
 * command line ({@link io.dts.signer.Main}) and as a library for tests: {@link io.dts.signer.SignerClient}
 * (REST), {@link io.dts.signer.Member} (one member's {@code step()}), {@link io.dts.signer.Keystores}
 * (EIP-2335) and {@link io.dts.signer.StateDirectory} (what a member keeps). Decisions are pure
 * ({@link io.dts.signer.SigningDuty}, {@link io.dts.signer.DkgDuty}, {@link io.dts.signer.DkgComputation});
 * the crypto is dts-core's {@code io.dts.core.crypto} and {@code io.dts.core.crypto.dkg}.
 */
package io.dts.signer;
