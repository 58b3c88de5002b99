// The browser member's DKG memory (its received shares s_ij and its group shares x_j, by epoch),
// kept in localStorage under "dts.dkg-vault.<username>" only as AES-256-GCM ciphertext.
//
// Why the vault key comes from the signing key: the page holds the keystore passphrase only for the
// moment of unlocking, and a second scrypt run per save would freeze the page for seconds. The key
// is HKDF-SHA256 of the secret key, which itself opens only with the keystore passphrase — so the
// vault opens with the same passphrase, on any browser that holds the same keystore, and never
// without it. Nothing here leaves the browser.
import { gcm } from '@noble/ciphers/aes.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { randomBytes } from '@noble/hashes/utils.js';
import { publicKey, secretKeyBytes } from './bls.js';
import { bytesToHex, hexToBytes } from './hex.js';

const PREFIX = 'dts.dkg-vault.';
const VERSION = 1;
const KEY_INFO = 'DTS-DKG-VAULT-v1';

/** An empty memory: no epoch seen yet. */
export function emptyVault() {
  return { epochs: {} };
}

/** The 32-byte AES key of `username`'s vault: HKDF(ikm = sk, salt = its public key, info). */
function vaultKey(secretKey, username) {
  const sk = secretKeyBytes(secretKey);
  const info = new TextEncoder().encode(`${KEY_INFO}/${username}`);
  return hkdf(sha256, sk, hexToBytes(publicKey(sk)), info, 32);
}

/**
 * `memory` (a JSON-able object) encrypted for `username` under a key derived from `secretKey`:
 * {version, owner (the public key, to tell vaults of other keys apart), nonce, ciphertext}.
 * `nonce` (12 bytes) is random unless given (tests).
 */
export function sealVault(secretKey, username, memory, nonce = randomBytes(12)) {
  const key = vaultKey(secretKey, username);
  const plaintext = new TextEncoder().encode(JSON.stringify(memory));
  const ciphertext = gcm(key, nonce, ownerBytes(secretKey, username)).encrypt(plaintext);
  key.fill(0);
  return { version: VERSION, owner: publicKey(secretKey), nonce: bytesToHex(nonce), ciphertext: bytesToHex(ciphertext) };
}

/**
 * The memory in `sealed`; throws when the vault belongs to another key or does not authenticate
 * (tampered, or another user's).
 */
export function openVault(secretKey, username, sealed) {
  if (!isSealed(sealed)) throw new Error('not a DKG vault');
  if (sealed.owner !== publicKey(secretKey)) throw new Error('the DKG vault in this browser belongs to another key');
  const key = vaultKey(secretKey, username);
  try {
    const plaintext = gcm(key, hexToBytes(sealed.nonce), ownerBytes(secretKey, username)).decrypt(hexToBytes(sealed.ciphertext));
    return JSON.parse(new TextDecoder().decode(plaintext));
  } catch {
    throw new Error('the DKG vault does not open with this key');
  } finally {
    key.fill(0);
  }
}

/** Stores a sealed vault; refuses anything that is not one, so a share is never written in clear. */
export function saveVault(username, sealed) {
  if (!isSealed(sealed)) throw new Error('only a sealed DKG vault can be saved');
  storage().setItem(storageKey(username), JSON.stringify(sealed));
}

/** The sealed vault stored for `username`, or null. */
export function loadVault(username) {
  const text = storage().getItem(storageKey(username));
  if (text === null) return null;
  try {
    const sealed = JSON.parse(text);
    return isSealed(sealed) ? sealed : null;
  } catch {
    return null;
  }
}

/** The stored memory of `username` opened with `secretKey`; empty when there is none or it is another key's. */
export function loadMemory(secretKey, username) {
  const sealed = loadVault(username);
  if (sealed === null || sealed.owner !== publicKey(secretKey)) return emptyVault();
  return openVault(secretKey, username, sealed);
}

/** Seals and stores `memory`. */
export function saveMemory(secretKey, username, memory) {
  saveVault(username, sealVault(secretKey, username, memory));
}

// The owner's public key and user name are authenticated data: a vault copied to another user fails.
function ownerBytes(secretKey, username) {
  return new TextEncoder().encode(`${publicKey(secretKey)}/${username}`);
}

function isSealed(v) {
  return typeof v === 'object' && v !== null && v.version === VERSION && typeof v.owner === 'string'
    && typeof v.nonce === 'string' && typeof v.ciphertext === 'string';
}

function storageKey(username) {
  if (typeof username !== 'string' || username === '') throw new Error('a username is required');
  return PREFIX + username;
}

function storage() {
  if (typeof globalThis.localStorage === 'undefined') throw new Error('localStorage is not available');
  return globalThis.localStorage;
}
