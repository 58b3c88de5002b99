/**
 * BLS signatures as DTS uses them (DESIGN.md §5): the minimal-pubkey-size proof-of-possession
 * ciphersuite of draft-irtf-cfrg-bls-signature-05 over BLS12-381, with hashing to G2 per RFC 9380.
 *
 * <p>Owns the value types {@link io.dts.core.crypto.BlsPublicKey}, {@link
 * io.dts.core.crypto.BlsSignature} and {@link io.dts.core.crypto.BlsSecretKey}, the operations in
 * {@link io.dts.core.crypto.Bls}, the {@link io.dts.core.crypto.Ciphersuite} constants, and
 * threshold arithmetic ({@link io.dts.core.crypto.Threshold}). Plain Java over jblst: the {@code
 * supranational.blst} types stay package-private here and nothing outside this package and its
 * subpackage {@code crypto.dkg} may import them. Malformed bytes throw {@link
 * io.dts.core.crypto.BlsException}; verification of well-formed values returns {@code false}
 * rather than throwing. Everything here is immutable and safe to use from many threads.
 */
package io.dts.core.crypto;
