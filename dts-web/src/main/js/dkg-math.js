// The arithmetic of threshold mode (THRESHOLD.md), mirroring io.dts.core.crypto.Threshold: scalars
// of Z_r (32 bytes big-endian), compressed G1 points, secret polynomials and their Feldman
// commitments, Lagrange interpolation at 0 of scalars, G1 and G2 points. Indices are 1-based.
import { bls12_381 } from '@noble/curves/bls12-381.js';
import { randomBytes as secureRandomBytes } from '@noble/hashes/utils.js';
import { bytesToHex, exactBytes } from './hex.js';

const Fr = bls12_381.fields.Fr;
const G1 = bls12_381.G1.Point;
const Signature = bls12_381.longSignatures.Signature;

/** The order r of G1 and G2. */
export const ORDER = Fr.ORDER;
export const SCALAR_LENGTH = 32;
export const POINT_LENGTH = 48;
export const SIGNATURE_LENGTH = 96;
/** Largest committee index: indices are 4-byte signed integers on the Java side. */
const MAX_INDEX = 0x7fffffff;

/** A scalar in [0, r) from a bigint, 32 bytes or 64 hex digits; throws if not below r. */
export function toScalar(value, what = 'a scalar') {
  let s;
  if (typeof value === 'bigint') {
    s = value;
  } else {
    s = 0n;
    for (const b of exactBytes(value, SCALAR_LENGTH, what)) s = (s << 8n) | BigInt(b);
  }
  if (s < 0n || s >= ORDER) throw new Error(`${what} must be in [0, r)`);
  return s;
}

/** A scalar in [1, r); throws for zero (whose commitment or key would be the identity). */
export function toNonZeroScalar(value, what = 'a scalar') {
  const s = toScalar(value, what);
  if (s === 0n) throw new Error(`${what} must not be zero`);
  return s;
}

/** The scalar as 32 big-endian bytes. */
export function scalarBytes(s) {
  const out = new Uint8Array(SCALAR_LENGTH);
  let v = toScalar(s);
  for (let i = SCALAR_LENGTH - 1; i >= 0; i--, v >>= 8n) out[i] = Number(v & 0xffn);
  return out;
}

/** The scalar as 64 lower-case hex digits. */
export function scalarHex(s) {
  return bytesToHex(scalarBytes(s));
}

/**
 * A uniform scalar in [1, r): 48 bytes from `randomBytes(n)` (crypto.getRandomValues by default;
 * tests inject a deterministic source) reduced mod r − 1, plus 1 (FIPS 186-5 A.2.1).
 */
export function randomScalar(randomBytes = secureRandomBytes) {
  const bytes = randomBytes(48);
  if (!(bytes instanceof Uint8Array) || bytes.length !== 48) throw new Error('randomBytes(48) must give 48 bytes');
  let v = 0n;
  for (const b of bytes) v = (v << 8n) | BigInt(b);
  return (v % (ORDER - 1n)) + 1n;
}

/** A committee index: an integer in [1, 2^31). */
export function requireIndex(index, what = 'an index') {
  if (!Number.isSafeInteger(index) || index < 1 || index > MAX_INDEX) {
    throw new Error(`${what} must be an integer in [1, 2^31), got ${index}`);
  }
  return index;
}

/** The G1 point of 48 compressed bytes (hex or Uint8Array): in the subgroup, not the identity. */
export function decodeG1(value, what = 'a G1 point') {
  const point = G1.fromBytes(exactBytes(value, POINT_LENGTH, what));
  if (point.is0()) throw new Error(`${what} must not be the identity`);
  return point;
}

/** Like decodeG1, but null instead of an exception. */
export function tryDecodeG1(value) {
  try {
    return decodeG1(value);
  } catch {
    return null;
  }
}

/** The compressed point as 96 hex digits. */
export function g1Hex(point) {
  return bytesToHex(point.toBytes(true));
}

/** s·g for s in [1, r) (constant-time ladder: s may be secret). */
export function generatorTimes(s) {
  return G1.BASE.multiply(toNonZeroScalar(s));
}

/** f(x) = a_0 + a_1 x + … + a_{t−1} x^{t−1} mod r, by Horner's rule. */
export function evaluate(coefficients, x) {
  requireIndex(x, 'x');
  const at = BigInt(x);
  let value = 0n;
  for (let k = coefficients.length - 1; k >= 0; k--) value = (value * at + toScalar(coefficients[k])) % ORDER;
  return value;
}

/** The Feldman commitments A_k = a_k·g of a polynomial, as hex; no coefficient may be zero. */
export function commitments(coefficients) {
  return coefficients.map((a) => g1Hex(generatorTimes(toNonZeroScalar(a, 'a coefficient'))));
}

/**
 * Σ_k j^k·A_k: the public value f(j)·g of the share for index `j`, from the commitments (hex or
 * points). Throws if the sum is the identity, which is no public key.
 */
export function publicSharePoint(commitmentList, j) {
  requireIndex(j, 'the index');
  if (commitmentList.length === 0) throw new Error('no commitments');
  const at = BigInt(j);
  let power = 1n;
  let sum = G1.ZERO;
  for (const c of commitmentList) {
    const point = c instanceof G1 ? c : decodeG1(c, 'a commitment');
    sum = sum.add(point.multiplyUnsafe(power)); // public data: no constant time needed
    power = (power * at) % ORDER;
  }
  if (sum.is0()) throw new Error('the commitments sum to the identity at ' + j);
  return sum;
}

/** Y_j = Σ_k j^k·A_k as hex. */
export function publicShare(commitmentList, j) {
  return g1Hex(publicSharePoint(commitmentList, j));
}

/** Whether share·g equals the commitments' value at `j` (the receiver's check); false for 0. */
export function verifyShare(share, j, commitmentList) {
  const s = toScalar(share, 'a share');
  if (s === 0n) return false;
  try {
    return generatorTimes(s).equals(publicSharePoint(commitmentList, j));
  } catch {
    return false;
  }
}

/**
 * The Lagrange coefficients at 0 for distinct indices, in their order:
 * λ_i = Π_{m≠i} x_m / (x_m − x_i) mod r, with one batched inversion for all of them.
 */
export function lagrangeAtZero(indices) {
  if (indices.length === 0 || new Set(indices).size !== indices.length) {
    throw new Error('indices must be distinct and at least one: ' + indices);
  }
  const xs = indices.map((i) => BigInt(requireIndex(i)));
  const numerators = [];
  const denominators = [];
  for (let i = 0; i < xs.length; i++) {
    let num = 1n;
    let den = 1n;
    for (let m = 0; m < xs.length; m++) {
      if (m === i) continue;
      num = Fr.mul(num, xs[m]);
      den = Fr.mul(den, Fr.sub(xs[m], xs[i]));
    }
    numerators.push(num);
    denominators.push(den);
  }
  const inverses = Fr.invertBatch(denominators);
  return numerators.map((num, i) => Fr.mul(num, inverses[i]));
}

/** Σ λ_i·s_i mod r over `byIndex` (a Map or object index → scalar): the polynomial's value at 0. */
export function interpolateScalars(byIndex) {
  const entries = indexedEntries(byIndex);
  const lambdas = lagrangeAtZero(entries.map(([i]) => i));
  return entries.reduce((sum, [, s], k) => Fr.add(sum, Fr.mul(lambdas[k], toScalar(s, 'a share'))), 0n);
}

/** Σ P_i in G1 (hex in, hex out): e.g. a fresh group commitment; throws for the identity. */
export function sumPoints(points) {
  const sum = points.reduce((acc, p) => acc.add(decodeG1(p, 'a point')), G1.ZERO);
  if (sum.is0()) throw new Error('the points sum to the identity');
  return g1Hex(sum);
}

/** Σ λ_i·P_i in G1 (hex in, hex out): e.g. a reshared group commitment. */
export function interpolatePoints(byIndex) {
  const entries = indexedEntries(byIndex);
  const lambdas = lagrangeAtZero(entries.map(([i]) => i));
  let sum = G1.ZERO;
  entries.forEach(([, p], k) => {
    sum = sum.add(decodeG1(p, 'a point').multiplyUnsafe(lambdas[k]));
  });
  if (sum.is0()) throw new Error('the points interpolate to the identity');
  return g1Hex(sum);
}

/**
 * Σ λ_j·σ_j in G2 (THRESHOLD.md "Threshold signing"): partials [{index, signature}] by t distinct
 * shares of one polynomial combine into the ordinary signature of its constant. Verify the result
 * under the group key; combining fewer than t partials gives a signature that does not verify.
 */
export function combineSignatures(partials) {
  const byIndex = new Map();
  for (const { index, signature } of partials) {
    if (byIndex.has(index)) throw new Error('two partials for index ' + index);
    byIndex.set(index, signature);
  }
  const entries = indexedEntries(byIndex);
  const lambdas = lagrangeAtZero(entries.map(([i]) => i));
  let sum = bls12_381.G2.Point.ZERO;
  entries.forEach(([, sig], k) => {
    const point = Signature.fromBytes(exactBytes(sig, SIGNATURE_LENGTH, 'a partial signature'));
    sum = sum.add(point.multiplyUnsafe(lambdas[k]));
  });
  return Signature.toHex(sum);
}

/** [index, value] pairs sorted by index, from a Map or a plain object (keys as numbers). */
export function indexedEntries(byIndex) {
  const entries = byIndex instanceof Map ? [...byIndex.entries()] : Object.entries(byIndex);
  return entries.map(([i, v]) => [requireIndex(Number(i)), v]).sort((a, b) => a[0] - b[0]);
}
