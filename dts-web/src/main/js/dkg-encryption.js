// Encryption of a dealer's share to a receiver's registered key (THRESHOLD.md "Deal" step 3 and
// "Byte layouts"), mirroring io.dts.core.crypto.dkg.ShareEncryption: R = ρ·g, K = ρ·PK_j = sk_j·R,
// k = HKDF-SHA256(ikm = K, salt = R, info = "DTS-DKG-v1" ‖ epoch(8) ‖ i(4) ‖ j(4)) (RFC 5869),
// c = AES-256-GCM(k, nonce = 12 zero bytes, no AAD, plaintext = s_ij): 32 bytes then the 16-byte
// tag. The zero nonce is safe because every k is used once (fresh ρ, and the (epoch, i, j) context).
import { gcm } from '@noble/ciphers/aes.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { secretKeyBytes } from './bls.js';
import { bytesToHex, exactBytes } from './hex.js';
import {
  decodeG1, g1Hex, generatorTimes, randomScalar, requireIndex, scalarBytes, toNonZeroScalar, toScalar,
} from './dkg-math.js';

/** Bytes of c: the 32-byte share and the 16-byte GCM tag. */
export const CIPHERTEXT_LENGTH = 48;
/** Why an encrypted share yields no share (the names of ShareDecryption.Failure). */
export const DecryptionFailure = Object.freeze({
  EPHEMERAL_KEY_INVALID: 'EPHEMERAL_KEY_INVALID',
  CIPHERTEXT_LENGTH: 'CIPHERTEXT_LENGTH',
  AUTHENTICATION_FAILED: 'AUTHENTICATION_FAILED',
  SHARE_OUT_OF_RANGE: 'SHARE_OUT_OF_RANGE',
});

const INFO_DOMAIN = new TextEncoder().encode('DTS-DKG-v1');
const KEY_LENGTH = 32;
const ZERO_NONCE = new Uint8Array(12);

/** The 8-byte big-endian epoch (a non-negative safe integer or bigint below 2^63). */
export function epochBytes(epoch) {
  const e = typeof epoch === 'bigint' ? epoch : Number.isSafeInteger(epoch) ? BigInt(epoch) : -1n;
  if (e < 0n || e >= 1n << 63n) throw new Error('the epoch must be an integer in [0, 2^63), got ' + epoch);
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, e);
  return out;
}

/** The 4-byte big-endian index. */
export function indexBytes(index, what) {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, requireIndex(index, what));
  return out;
}

/**
 * The AES key of one share: HKDF-SHA256 with ikm = K, salt = R (compressed, 48 bytes each) and
 * info = "DTS-DKG-v1" ‖ epoch(8) ‖ i(4) ‖ j(4), 32 bytes.
 */
export function shareEncryptionKey(sharedKey, ephemeralKey, epoch, dealerIndex, receiverIndex) {
  const info = concat(INFO_DOMAIN, epochBytes(epoch), indexBytes(dealerIndex, 'the dealer index'),
    indexBytes(receiverIndex, 'the receiver index'));
  return hkdf(sha256, exactBytes(sharedKey, 48, 'K'), exactBytes(ephemeralKey, 48, 'R'), info, KEY_LENGTH);
}

/**
 * Encrypts `share` = s_ij (in [1, r)) for receiver j under its registered key, with the ephemeral
 * scalar `rho` (random unless given: known-answer tests fix it). Returns the bundle entry
 * {receiverIndex, ephemeralKey: R, ciphertext: c} in hex.
 */
export function encryptShare(share, receiverPublicKey, epoch, dealerIndex, receiverIndex, rho = randomScalar()) {
  const s = toNonZeroScalar(share, 'the share');
  const r = toNonZeroScalar(rho, 'rho');
  const ephemeral = generatorTimes(r).toBytes(true);
  const shared = decodeG1(receiverPublicKey, 'the receiver key').multiply(r).toBytes(true);
  const key = shareEncryptionKey(shared, ephemeral, epoch, dealerIndex, receiverIndex);
  const ciphertext = gcm(key, ZERO_NONCE).encrypt(scalarBytes(s));
  key.fill(0);
  return { receiverIndex, ephemeralKey: bytesToHex(ephemeral), ciphertext: bytesToHex(ciphertext) };
}

/** K = sk·R, the point a receiver reveals in a complaint, as hex. */
export function sharedKey(secretKey, ephemeralKey) {
  const sk = toNonZeroScalar(secretKeyBytes(secretKey), 'the secret key');
  return g1Hex(decodeG1(ephemeralKey, 'R').multiply(sk));
}

/**
 * Receiver j's decryption of its entry `encrypted` ({receiverIndex, ephemeralKey, ciphertext}) with
 * its own secret key. Returns {share: hex, failure: null} or {share: null, failure: one of
 * DecryptionFailure}; either failure is a reason to complain.
 */
export function decryptShare(secretKey, encrypted, epoch, dealerIndex) {
  let shared;
  try {
    shared = sharedKey(secretKey, encrypted.ephemeralKey);
  } catch {
    secretKeyBytes(secretKey); // a bad secret key is the caller's error, not the dealer's
    return failed(DecryptionFailure.EPHEMERAL_KEY_INVALID);
  }
  return decryptShareWithSharedKey(shared, encrypted, epoch, dealerIndex);
}

/**
 * Decryption from a revealed shared point K (a complaint's), so anyone can see what the dealer
 * sent; check K with verifyDleq first. Same result shape as decryptShare.
 */
export function decryptShareWithSharedKey(sharedPoint, encrypted, epoch, dealerIndex) {
  let ephemeral;
  try {
    ephemeral = decodeG1(encrypted.ephemeralKey, 'R').toBytes(true);
  } catch {
    return failed(DecryptionFailure.EPHEMERAL_KEY_INVALID);
  }
  let ciphertext;
  try {
    ciphertext = exactBytes(encrypted.ciphertext, CIPHERTEXT_LENGTH, 'c');
  } catch {
    return failed(DecryptionFailure.CIPHERTEXT_LENGTH);
  }
  const shared = decodeG1(sharedPoint, 'K').toBytes(true);
  const key = shareEncryptionKey(shared, ephemeral, epoch, dealerIndex, encrypted.receiverIndex);
  let plaintext;
  try {
    plaintext = gcm(key, ZERO_NONCE).decrypt(ciphertext);
  } catch {
    return failed(DecryptionFailure.AUTHENTICATION_FAILED);
  } finally {
    key.fill(0);
  }
  try {
    toScalar(plaintext, 'the share');
  } catch {
    return failed(DecryptionFailure.SHARE_OUT_OF_RANGE);
  }
  return { share: bytesToHex(plaintext), failure: null };
}

function failed(failure) {
  return { share: null, failure };
}

export function concat(...parts) {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
