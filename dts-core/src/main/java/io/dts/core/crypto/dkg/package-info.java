/**
 * The cryptography of threshold mode's distributed key generation (THRESHOLD.md): share encryption
 * (HKDF-SHA256 per RFC 5869, AES-256-GCM), the Chaum–Pedersen complaint proof (challenge by RFC 9380
 * hash_to_field), deal bundles with their canonical bytes, the server's public checks, adjudication
 * of complaints, and the pure finalization math. No state and no persistence: the session rules live
 * in {@code io.dts.core.dkg}. Like {@code crypto}, the only place besides it that may use jblst.
 */
package io.dts.core.crypto.dkg;
