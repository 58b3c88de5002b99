// The Chaum–Pedersen proof of a complaint (THRESHOLD.md "Complain"), mirroring
// io.dts.core.crypto.dkg.Dleq: that log_g PK_j = log_R K, i.e. the revealed K really is sk_j·R.
// With w random, a1 = w·g, a2 = w·R, c = hash_to_field(g ‖ PK ‖ R ‖ K ‖ a1 ‖ a2) (RFC 9380 §5.2,
// expand_message_xmd SHA-256, DST "DTS-DKG-DLEQ-v1", L = 48, one element mod r) and z = w + c·sk.
// The proof is c ‖ z, 32 bytes each, big-endian.
import { bls12_381 } from '@noble/curves/bls12-381.js';
import { hash_to_field } from '@noble/curves/abstract/hash-to-curve.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { secretKeyBytes } from './bls.js';
import { bytesToHex, hexToBytes } from './hex.js';
import { concat } from './dkg-encryption.js';
import { ORDER, decodeG1, generatorTimes, randomScalar, scalarHex, toNonZeroScalar, toScalar } from './dkg-math.js';

export const DLEQ_DST = 'DTS-DKG-DLEQ-v1';
export const PROOF_LENGTH = 64;

const G1 = bls12_381.G1.Point;
const GENERATOR = G1.BASE.toBytes(true);
// k = 128 and p = r give L = ceil((255 + 128) / 8) = 48 bytes, as THRESHOLD.md fixes it.
const HASH_TO_SCALAR = Object.freeze({ DST: DLEQ_DST, p: ORDER, m: 1, k: 128, expand: 'xmd', hash: sha256 });

/** hash_to_field(message, count = 1) over Z_r (RFC 9380 §5.2) under the DLEQ DST, as a bigint. */
export function hashToScalar(message) {
  return hash_to_field(message, 1, HASH_TO_SCALAR)[0][0];
}

/** c = hash_to_field(g ‖ PK ‖ R ‖ K ‖ a1 ‖ a2) over the compressed points (Uint8Arrays). */
function challenge(pk, ephemeral, shared, a1, a2) {
  return hashToScalar(concat(GENERATOR, pk, ephemeral, shared, a1, a2));
}

/**
 * Proves that K = sk·R for the key pair of `secretKey` and the ephemeral key R, with the nonce `w`
 * (random unless given). Returns every value in hex: {sharedKey: K, a1, a2, c, z, proof: c ‖ z}.
 */
export function proveDleq(secretKey, ephemeralKey, w = randomScalar()) {
  const sk = toNonZeroScalar(secretKeyBytes(secretKey), 'the secret key');
  const nonce = toNonZeroScalar(w, 'w');
  const R = decodeG1(ephemeralKey, 'R');
  const pk = generatorTimes(sk).toBytes(true);
  const shared = R.multiply(sk).toBytes(true);
  const a1 = generatorTimes(nonce).toBytes(true);
  const a2 = R.multiply(nonce).toBytes(true);
  const c = challenge(pk, R.toBytes(true), shared, a1, a2);
  const z = (nonce + c * sk) % ORDER;
  const cHex = scalarHex(c);
  const zHex = scalarHex(z);
  return { sharedKey: bytesToHex(shared), a1: bytesToHex(a1), a2: bytesToHex(a2), c: cHex, z: zHex, proof: cHex + zHex };
}

/**
 * Whether `proof` (64 bytes c ‖ z, hex or bytes) shows log_g publicKey = log_R sharedKey: recomputes
 * a1 = z·g − c·PK and a2 = z·R − c·K and compares the challenge. False for anything malformed,
 * including scalars not below r or points that are the identity or off the subgroup.
 */
export function verifyDleq(publicKey, ephemeralKey, sharedKeyHex, proof) {
  try {
    const bytes = proof instanceof Uint8Array ? proof : hexToBytes(proof);
    if (bytes.length !== PROOF_LENGTH) return false;
    const c = toScalar(bytes.subarray(0, 32), 'c');
    const z = toScalar(bytes.subarray(32), 'z');
    const PK = decodeG1(publicKey, 'the public key');
    const R = decodeG1(ephemeralKey, 'R');
    const K = decodeG1(sharedKeyHex, 'K');
    const minusC = (ORDER - c) % ORDER;
    // public values only: the variable-time multiplication is fine
    const a1 = G1.BASE.multiplyUnsafe(z).add(PK.multiplyUnsafe(minusC));
    const a2 = R.multiplyUnsafe(z).add(K.multiplyUnsafe(minusC));
    const expected = challenge(PK.toBytes(true), R.toBytes(true), K.toBytes(true), a1.toBytes(true), a2.toBytes(true));
    return expected === c;
  } catch {
    return false;
  }
}

