// EIP-2335 (BLS12-381 keystore), version 4: the secret key encrypted under a passphrase, in the
// format validator clients import and export. Decryption key from scrypt or PBKDF2-HMAC-SHA256,
// checksum SHA-256(DK[16..32] ‖ cipher message), cipher AES-128-CTR keyed with DK[0..16].
// The KDFs run asynchronously (noble's *Async) so a page stays responsive and can show progress.
import { ctr } from '@noble/ciphers/aes.js';
import { pbkdf2Async } from '@noble/hashes/pbkdf2.js';
import { scryptAsync } from '@noble/hashes/scrypt.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { randomBytes } from '@noble/hashes/utils.js';
import { publicKey, secretKeyBytes } from './bls.js';
import { bytesToHex, hexToBytes } from './hex.js';

/** The KDF new keystores use: EIP-2335's scrypt parameters (2^18, 8, 1). */
export const DEFAULT_KDF = Object.freeze({ function: 'scrypt', n: 262144, r: 8, p: 1, dklen: 32 });

const NOT_A_KEYSTORE = 'not an EIP-2335 keystore';
// Cap on what a keystore file may ask of the browser: scrypt memory 128·r·n bytes.
const MAX_SCRYPT_MEMORY = 1024 * 1024 * 1024;
const MAX_PBKDF2_ROUNDS = 1 << 24;

/**
 * EIP-2335 password processing: NFKD, then the C0 (U+0000–U+001F), Delete (U+007F) and C1
 * (U+0080–U+009F) control codes removed, then UTF-8.
 */
export function passwordBytes(passphrase) {
  if (typeof passphrase !== 'string') throw new TypeError('the passphrase must be a string');
  const normalized = passphrase.normalize('NFKD').replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
  return new TextEncoder().encode(normalized);
}

/**
 * Encrypts `sk` into a new version 4 keystore (fresh salt, IV and UUID).
 * options: path (default ""), description, kdf (default DEFAULT_KDF; or
 * {function: 'pbkdf2', c, dklen}), onProgress(fraction).
 */
export async function encryptKeystore(sk, passphrase, options = {}) {
  const secret = secretKeyBytes(sk);
  const kdf = kdfModule(options.kdf ?? DEFAULT_KDF, randomBytes(32));
  const dk = await deriveKey(kdf, passwordBytes(passphrase), options.onProgress);
  const iv = randomBytes(16);
  const cipherText = ctr(dk.slice(0, 16), iv).encrypt(secret);
  const checksumMessage = checksum(dk, cipherText);
  dk.fill(0);
  return {
    crypto: {
      kdf,
      checksum: { function: 'sha256', params: {}, message: checksumMessage },
      cipher: { function: 'aes-128-ctr', params: { iv: bytesToHex(iv) }, message: bytesToHex(cipherText) },
    },
    description: options.description ?? '',
    pubkey: publicKey(secret),
    path: options.path ?? '',
    uuid: uuidV4(),
    version: 4,
  };
}

/**
 * Decrypts a keystore (object or JSON text) to its 32-byte secret key.
 * Throws Error "not an EIP-2335 keystore: …" for malformed input and
 * "wrong passphrase" when the checksum does not match. options: onProgress(fraction).
 */
export async function decryptKeystore(keystore, passphrase, options = {}) {
  const { kdf, checksumMessage, iv, cipherText, pubkey } = parseKeystore(keystore);
  const dk = await deriveKey(kdf, passwordBytes(passphrase), options.onProgress);
  const matches = checksum(dk, cipherText) === checksumMessage;
  const secret = matches ? ctr(dk.slice(0, 16), iv).decrypt(cipherText) : null;
  dk.fill(0);
  if (!matches) throw new Error('wrong passphrase: the keystore checksum does not match');
  try {
    secretKeyBytes(secret);
  } catch (e) {
    throw new Error(`${NOT_A_KEYSTORE}: the secret is not a BLS12-381 secret key (${e.message})`);
  }
  if (pubkey !== undefined && publicKey(secret) !== pubkey) {
    throw new Error(`${NOT_A_KEYSTORE}: pubkey does not belong to the secret`);
  }
  return secret;
}

function kdfModule(spec, salt) {
  if (spec.function === 'scrypt') {
    return { function: 'scrypt', params: { dklen: spec.dklen ?? 32, n: spec.n, r: spec.r, p: spec.p, salt: bytesToHex(salt) }, message: '' };
  }
  if (spec.function === 'pbkdf2') {
    return { function: 'pbkdf2', params: { dklen: spec.dklen ?? 32, c: spec.c, prf: 'hmac-sha256', salt: bytesToHex(salt) }, message: '' };
  }
  throw new Error('unknown KDF ' + spec.function);
}

function deriveKey(kdf, password, onProgress) {
  const { params } = kdf;
  const salt = hexToBytes(params.salt);
  if (kdf.function === 'scrypt') {
    return scryptAsync(password, salt, { N: params.n, r: params.r, p: params.p, dkLen: params.dklen, onProgress });
  }
  // noble's pbkdf2Async has no progress callback: report start and end.
  onProgress?.(0);
  return pbkdf2Async(sha256, password, salt, { c: params.c, dkLen: params.dklen }).then((dk) => {
    onProgress?.(1);
    return dk;
  });
}

function checksum(dk, cipherText) {
  const input = new Uint8Array(16 + cipherText.length);
  input.set(dk.subarray(16, 32));
  input.set(cipherText, 16);
  return bytesToHex(sha256(input));
}

/** The fields decryption needs, every one checked; anything off is NOT_A_KEYSTORE. */
function parseKeystore(input) {
  let ks = input;
  if (typeof input === 'string') {
    try {
      ks = JSON.parse(input);
    } catch {
      throw new Error(`${NOT_A_KEYSTORE}: not JSON`);
    }
  }
  const fail = (why) => {
    throw new Error(`${NOT_A_KEYSTORE}: ${why}`);
  };
  if (!isObject(ks)) fail('not a JSON object');
  if (ks.version !== 4) fail('version must be 4');
  const c = ks.crypto;
  if (!isObject(c) || !isObject(c.kdf) || !isObject(c.checksum) || !isObject(c.cipher)) {
    fail('crypto.kdf, crypto.checksum and crypto.cipher are required');
  }
  const kdf = c.kdf;
  const params = isObject(kdf.params) ? kdf.params : fail('crypto.kdf.params is missing');
  hexField(params.salt, 'crypto.kdf.params.salt', fail);
  if (params.dklen !== 32) fail('crypto.kdf.params.dklen must be 32');
  if (kdf.function === 'scrypt') {
    const { n, r, p } = params;
    if (!isPositiveInteger(n) || (n & (n - 1)) !== 0 || n < 2) fail('scrypt n must be a power of two');
    if (!isPositiveInteger(r) || !isPositiveInteger(p)) fail('scrypt r and p must be positive integers');
    if (128 * r * n > MAX_SCRYPT_MEMORY || r * p >= 1 << 30) fail('scrypt parameters are too large');
  } else if (kdf.function === 'pbkdf2') {
    if (params.prf !== 'hmac-sha256') fail('pbkdf2 prf must be hmac-sha256');
    if (!isPositiveInteger(params.c) || params.c > MAX_PBKDF2_ROUNDS) fail('pbkdf2 c out of range');
  } else {
    fail('crypto.kdf.function must be scrypt or pbkdf2');
  }
  if (c.checksum.function !== 'sha256') fail('crypto.checksum.function must be sha256');
  if (c.cipher.function !== 'aes-128-ctr') fail('crypto.cipher.function must be aes-128-ctr');
  const iv = hexField(c.cipher.params?.iv, 'crypto.cipher.params.iv', fail);
  if (iv.length !== 16) fail('crypto.cipher.params.iv must be 16 bytes');
  const cipherText = hexField(c.cipher.message, 'crypto.cipher.message', fail);
  const checksumBytes = hexField(c.checksum.message, 'crypto.checksum.message', fail);
  if (checksumBytes.length !== 32) fail('crypto.checksum.message must be 32 bytes');
  let pubkey;
  if (ks.pubkey !== undefined && ks.pubkey !== '') pubkey = bytesToHex(hexField(ks.pubkey, 'pubkey', fail));
  return { kdf, checksumMessage: bytesToHex(checksumBytes), iv, cipherText, pubkey };
}

function hexField(value, name, fail) {
  if (typeof value !== 'string') fail(name + ' is missing');
  try {
    return hexToBytes(value);
  } catch {
    return fail(name + ' is not hex');
  }
}

function isObject(v) {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isPositiveInteger(v) {
  return Number.isSafeInteger(v) && v > 0;
}

/** RFC 9562 version 4 UUID; crypto.randomUUID exists only in secure contexts, so built here. */
function uuidV4() {
  const b = randomBytes(16);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = bytesToHex(b);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
