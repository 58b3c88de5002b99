// BLS signatures with the DTS ciphersuite (DESIGN.md §5): draft-irtf-cfrg-bls-signature-05
// minimal-pubkey-size, proof-of-possession scheme. Public keys are compressed G1 (48 bytes),
// signatures and proofs compressed G2 (96 bytes); messages are hashed to G2 (RFC 9380) under the
// DSTs below. noble's longSignatures defaults to the _NUL_ DST, so the DST is always passed.
import { bls12_381 } from '@noble/curves/bls12-381.js';
import { bytesToHex, exactBytes } from './hex.js';

export const SIGNATURE_DST = 'BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_';
export const POP_DST = 'BLS_POP_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_';
export const SECRET_KEY_LENGTH = 32;
export const PUBLIC_KEY_LENGTH = 48;
export const SIGNATURE_LENGTH = 96;
export const MESSAGE_HASH_LENGTH = 32;

const long = bls12_381.longSignatures;
const ORDER = bls12_381.fields.Fr.ORDER;

/** A fresh secret key: a uniformly random scalar in [1, r) from crypto.getRandomValues. */
export function generateSecretKey() {
  return bls12_381.utils.randomSecretKey();
}

/** The secret key as 32 big-endian bytes in [1, r) (draft §2.3); throws otherwise. */
export function secretKeyBytes(sk) {
  const bytes = exactBytes(sk, SECRET_KEY_LENGTH, 'a secret key');
  let scalar = 0n;
  for (const b of bytes) scalar = (scalar << 8n) | BigInt(b);
  if (scalar === 0n || scalar >= ORDER) throw new Error('a secret key must be in [1, r)');
  return bytes;
}

/** SkToPk (draft §2.4): hex of the 48-byte compressed G1 public key. */
export function publicKey(sk) {
  return bytesToHex(long.getPublicKey(secretKeyBytes(sk)).toBytes(true));
}

/** PopProve (draft §3.3.2): the compressed public key signed under the POP DST, as hex. */
export function proofOfPossession(sk) {
  const key = secretKeyBytes(sk);
  const pk = long.getPublicKey(key).toBytes(true);
  return signUnder(pk, POP_DST, key);
}

/** Sign (draft §3.3 and §2.6): exactly the 32 bytes of `messageHashHex`, as hex of the G2 point. */
export function sign(sk, messageHashHex) {
  const message = exactBytes(messageHashHex, MESSAGE_HASH_LENGTH, 'a message hash');
  return signUnder(message, SIGNATURE_DST, secretKeyBytes(sk));
}

/**
 * Verify (draft §2.7 CoreVerify with KeyValidate): true only if the key is a valid non-identity G1
 * point in the subgroup, the signature a valid G2 point, and the pairing equation holds. Malformed
 * input gives false, never an exception.
 */
export function verify(publicKeyHex, messageHashHex, signatureHex) {
  try {
    const message = exactBytes(messageHashHex, MESSAGE_HASH_LENGTH, 'a message hash');
    const pk = bls12_381.G1.Point.fromBytes(exactBytes(publicKeyHex, PUBLIC_KEY_LENGTH, 'a public key'));
    if (pk.is0()) return false; // noble accepts identity key with identity signature
    const signature = long.Signature.fromBytes(exactBytes(signatureHex, SIGNATURE_LENGTH, 'a signature'));
    return long.verify(signature, long.hash(message, SIGNATURE_DST), pk);
  } catch {
    return false;
  }
}

function signUnder(message, dst, key) {
  return long.Signature.toHex(long.sign(long.hash(message, dst), key));
}
