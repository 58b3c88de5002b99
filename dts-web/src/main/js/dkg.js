// The browser side of a DKG member (THRESHOLD.md), byte for byte the Java side
// (io.dts.core.crypto.dkg: Dealer, DealBundle, Receiver, Finalization) and checked against the
// shared known-answer vectors of dts-core/src/test/resources/dkg/kat.json. Exposed in the page
// bundle as DtsKeys.dkg.
//
// A bundle here is {epoch, dealerIndex, threshold, commitments[hex], shares[{receiverIndex,
// ephemeralKey, ciphertext}], signature}; dealRequestBody gives the JSON the server takes. Scalars
// (shares, coefficients, ρ, w) are 64 hex digits, points 96 (G1) or 192 (G2) hex digits, no 0x;
// inputs also take Uint8Array (and bigint for scalars).
import { sha256 } from '@noble/hashes/sha2.js';
import { publicKey, sign, verify } from './bls.js';
import { bytesToHex, exactBytes } from './hex.js';
import { encryptKeystore } from './keystore.js';
import {
  CIPHERTEXT_LENGTH, concat, decryptShare, decryptShareWithSharedKey, encryptShare, epochBytes, indexBytes,
} from './dkg-encryption.js';
import {
  ORDER, POINT_LENGTH, commitments as commitmentsOf, decodeG1, evaluate, g1Hex, indexedEntries,
  interpolatePoints, interpolateScalars, randomScalar, requireIndex, scalarBytes, scalarHex, sumPoints,
  toNonZeroScalar, toScalar, verifyShare,
} from './dkg-math.js';
import { proveDleq, verifyDleq } from './dleq.js';

export {
  CIPHERTEXT_LENGTH, DecryptionFailure, decryptShare, decryptShareWithSharedKey, encryptShare, sharedKey,
  shareEncryptionKey,
} from './dkg-encryption.js';
export {
  ORDER, combineSignatures, commitments, evaluate, interpolatePoints, interpolateScalars, lagrangeAtZero,
  publicShare, randomScalar, scalarHex, verifyShare,
} from './dkg-math.js';
export { DLEQ_DST, PROOF_LENGTH, hashToScalar, proveDleq, verifyDleq } from './dleq.js';

/** The ASCII prefix of a deal bundle's canonical bytes. */
export const DEAL_DOMAIN = 'DTS-DKG-DEAL-v1';
/** Session kinds, as the server names them. */
export const FRESH = 'FRESH';
export const RESHARE = 'RESHARE';
/** Complaint verdicts (io.dts.core.crypto.dkg.ComplaintVerdict). */
export const Verdict = Object.freeze({ VALID: 'VALID', FALSE: 'FALSE', INVALID_PROOF: 'INVALID_PROOF' });

const DEAL_DOMAIN_BYTES = new TextEncoder().encode(DEAL_DOMAIN);

// ---- the bundle: canonical bytes, digest, signature -------------------------------------------

/**
 * The canonical bytes (THRESHOLD.md "Byte layouts"): "DTS-DKG-DEAL-v1" ‖ epoch(8) ‖ dealerIndex(4) ‖
 * t(4) ‖ A_0 … A_{t−1} (48 each) ‖ for each receiver in ascending index: index(4) ‖ R(48) ‖ c(48).
 * t is `bundle.threshold`, or the number of commitments when absent.
 */
export function dealBundleBytes(bundle) {
  const t = bundle.threshold ?? bundle.commitments.length;
  const header = new Uint8Array(4);
  new DataView(header.buffer).setUint32(0, requireIndex(t, 'the threshold'));
  const parts = [DEAL_DOMAIN_BYTES, epochBytes(bundle.epoch), indexBytes(bundle.dealerIndex, 'the dealer index'), header];
  for (const a of bundle.commitments) parts.push(exactBytes(a, POINT_LENGTH, 'a commitment'));
  const shares = [...bundle.shares].sort((x, y) => x.receiverIndex - y.receiverIndex);
  for (const s of shares) {
    parts.push(indexBytes(s.receiverIndex, 'a receiver index'), exactBytes(s.ephemeralKey, POINT_LENGTH, 'R'),
      exactBytes(s.ciphertext, CIPHERTEXT_LENGTH, 'c'));
  }
  return concat(...parts);
}

/** SHA-256 of the canonical bytes, as hex: the 32-byte message the dealer signs. */
export function dealDigest(bundle) {
  return bytesToHex(sha256(dealBundleBytes(bundle)));
}

/** The dealer's DTS signature (DESIGN.md §5) of the bundle's digest, as hex. */
export function signDeal(dealerSecretKey, bundle) {
  return sign(dealerSecretKey, dealDigest(bundle));
}

/** Whether `bundle.signature` is the dealer's signature of its digest; false for anything malformed. */
export function verifyDealSignature(dealerPublicKey, bundle) {
  try {
    return verify(dealerPublicKey, dealDigest(bundle), bundle.signature);
  } catch {
    return false;
  }
}

/** The JSON body of POST /api/v1/dkg/sessions/{epoch}/deals. */
export function dealRequestBody(bundle) {
  return {
    dealerIndex: bundle.dealerIndex,
    commitments: [...bundle.commitments],
    shares: [...bundle.shares]
      .sort((x, y) => x.receiverIndex - y.receiverIndex)
      .map(({ receiverIndex, ephemeralKey, ciphertext }) => ({ receiverIndex, ephemeralKey, ciphertext })),
    signature: bundle.signature,
  };
}

// ---- the dealer -------------------------------------------------------------------------------

/**
 * The deterministic core (Dealer.deal): the signed bundle for the polynomial `coefficients`
 * (a_0 first, none zero) with the ephemeral scalar rhos[j] for each receiver j.
 * receivers: [{index, publicKey}]; rhos: Map or object index → scalar.
 */
export function dealWith({ dealerSecretKey, epoch, dealerIndex, coefficients, receivers, rhos }) {
  requireIndex(dealerIndex, 'the dealer index');
  if (receivers.length === 0) throw new Error('a deal needs at least one receiver');
  const rhoByIndex = new Map(indexedEntries(rhos));
  const sorted = [...receivers].sort((x, y) => x.index - y.index);
  const shares = sorted.map(({ index, publicKey: pk }) => {
    if (!rhoByIndex.has(index)) throw new Error('no rho for receiver ' + index);
    return encryptShare(evaluate(coefficients, index), pk, epoch, dealerIndex, index, rhoByIndex.get(index));
  });
  const bundle = { epoch, dealerIndex, threshold: coefficients.length, commitments: commitmentsOf(coefficients), shares };
  return { ...bundle, signature: signDeal(dealerSecretKey, bundle) };
}

/**
 * A dealer's bundle (THRESHOLD.md "Deal"): a polynomial of degree threshold − 1 whose constant is
 * random (fresh session) or `oldShare`, the dealer's share x_i (reshare, so the group secret stays),
 * every other coefficient and every ρ drawn from `randomBytes(n)` (crypto.getRandomValues unless
 * injected). receivers: [{index, publicKey}] — the session's receivers with their registered keys.
 */
export function deal({ dealerSecretKey, epoch, dealerIndex, threshold, receivers, oldShare, randomBytes }) {
  requireIndex(threshold, 'the threshold');
  const draw = () => randomScalar(randomBytes);
  const coefficients = [oldShare === undefined ? draw() : toNonZeroScalar(oldShare, 'the old share')];
  while (coefficients.length < threshold) coefficients.push(draw());
  const rhos = new Map(receivers.map(({ index }) => [index, draw()]));
  return dealWith({ dealerSecretKey, epoch, dealerIndex, coefficients, receivers, rhos });
}

// ---- the receiver -----------------------------------------------------------------------------

/**
 * Receiver j's share of `bundle`: decrypts its entry and checks s_ij·g = Σ_k j^k·A_ik. Returns
 * {share: hex, failure: null, shouldComplain: false}, or {share: null, failure, shouldComplain: true}
 * with failure one of DecryptionFailure, 'SHARE_MISMATCH' or 'SHARE_MISSING' (no entry for j).
 */
export function openShare(secretKey, bundle, receiverIndex) {
  const entry = bundle.shares.find((s) => s.receiverIndex === receiverIndex);
  if (!entry) return { share: null, failure: 'SHARE_MISSING', shouldComplain: true };
  const { share, failure } = decryptShare(secretKey, entry, bundle.epoch, bundle.dealerIndex);
  if (failure) return { share: null, failure, shouldComplain: true };
  if (!verifyShare(share, receiverIndex, bundle.commitments)) {
    return { share: null, failure: 'SHARE_MISMATCH', shouldComplain: true };
  }
  return { share, failure: null, shouldComplain: false };
}

/**
 * Receiver j's complaint against `bundle` (THRESHOLD.md "Complain"), the JSON body of
 * POST …/complaints: {dealerIndex, receiverIndex, sharedKey: K = sk_j·R, proof: c ‖ z}.
 * `w` is the proof nonce, random unless given.
 */
export function complaint(secretKey, bundle, receiverIndex, w = randomScalar()) {
  const entry = bundle.shares.find((s) => s.receiverIndex === receiverIndex);
  if (!entry) throw new Error(`receiver ${receiverIndex} has no share in deal ${bundle.dealerIndex}`);
  const { sharedKey, proof } = proveDleq(secretKey, entry.ephemeralKey, w);
  return { dealerIndex: bundle.dealerIndex, receiverIndex, sharedKey, proof };
}

/**
 * Who is at fault (Receiver.adjudicate): VALID when the proof holds and the revealed share is wrong
 * or undecryptable (the dealer lied), FALSE when the share is in fact correct (a false accusation),
 * INVALID_PROOF when the proof does not show that K is the complainer's.
 */
export function adjudicateComplaint(body, complainerPublicKey, bundle) {
  if (body.dealerIndex !== bundle.dealerIndex) throw new Error('the complaint is about another dealer');
  const entry = bundle.shares.find((s) => s.receiverIndex === body.receiverIndex);
  if (!entry) throw new Error('the complainer has no share in this deal');
  if (!verifyDleq(complainerPublicKey, entry.ephemeralKey, body.sharedKey, body.proof)) return Verdict.INVALID_PROOF;
  const { share } = decryptShareWithSharedKey(body.sharedKey, entry, bundle.epoch, bundle.dealerIndex);
  return share !== null && verifyShare(share, body.receiverIndex, bundle.commitments) ? Verdict.FALSE : Verdict.VALID;
}

// ---- finalization -----------------------------------------------------------------------------

/** Resharing uses the t_old lowest old indices of QUAL (THRESHOLD.md "Finalize"). */
export function reshareContributors(qualified, previousThreshold) {
  const sorted = [...qualified].sort((a, b) => a - b);
  if (sorted.length < previousThreshold) throw new Error('fewer qualified dealers than t_old');
  return sorted.slice(0, previousThreshold);
}

/**
 * The group commitments A_k from the contributors' commitments (Map or object dealer index →
 * [hex]): Σ_i A_ik (FRESH) or Σ λ_i·A_ik (RESHARE, λ over the given old indices). A_0 is the group key.
 */
export function groupCommitments(kind, commitmentsByDealer) {
  const entries = indexedEntries(commitmentsByDealer);
  const t = entries[0]?.[1].length;
  if (!t || entries.some(([, list]) => list.length !== t)) throw new Error('every dealer needs t commitments');
  const reshare = requireKind(kind) === RESHARE;
  const out = [];
  for (let k = 0; k < t; k++) {
    const column = new Map(entries.map(([i, list]) => [i, list[k]]));
    out.push(reshare ? interpolatePoints(column) : sumPoints([...column.values()]));
  }
  return out;
}

/**
 * Receiver j's share of the group secret: x_j = Σ s_ij over `contributors` (FRESH: QUAL) or
 * Σ λ_i·s_ij (RESHARE: the old indices reshareContributors gives). sharesByDealer: Map or object
 * dealer index → the verified share s_ij. When `publicShare` (the server's Y_j) is given, checks
 * x_j·g == Y_j and throws if not. Returns {share: x_j, publicShare: x_j·g} in hex.
 */
export function finalizeShare({ kind, sharesByDealer, contributors, publicShare: expected }) {
  const byDealer = new Map(indexedEntries(sharesByDealer));
  const mine = new Map();
  for (const i of contributors) {
    if (!byDealer.has(i)) throw new Error('no share from contributing dealer ' + i);
    mine.set(i, byDealer.get(i));
  }
  const x = requireKind(kind) === RESHARE
    ? interpolateScalars(mine)
    : [...mine.values()].reduce((sum, s) => (sum + toScalar(s, 'a share')) % ORDER, 0n);
  if (x === 0n) throw new Error('the group share is zero');
  const share = scalarHex(x);
  const mineY = publicKey(scalarBytes(x));
  if (expected !== undefined && g1Hex(decodeG1(expected, 'the public share')) !== mineY) {
    throw new Error('the share does not match the public share Y_j the session published');
  }
  return { share, publicShare: mineY };
}

// ---- threshold signing and export -------------------------------------------------------------

/** The partial σ_j = x_j·H(m): an ordinary DTS signature of the 32-byte hash with x_j as the key. */
export function signWithShare(share, messageHash) {
  return sign(scalarBytes(toNonZeroScalar(share, 'the share')), messageHash);
}

/**
 * The share as an EIP-2335 keystore whose `pubkey` is the public share x_j·g. When
 * options.publicShare is given, it must be that key. Other options as for encryptKeystore.
 */
export async function exportShareKeystore(share, passphrase, options = {}) {
  const { publicShare: expected, ...keystoreOptions } = options;
  const secret = scalarBytes(toNonZeroScalar(share, 'the share'));
  if (expected !== undefined && publicKey(secret) !== bytesToHex(exactBytes(expected, POINT_LENGTH, 'the public share'))) {
    throw new Error('the share does not match the public share');
  }
  return encryptKeystore(secret, passphrase, keystoreOptions);
}

function requireKind(kind) {
  if (kind !== FRESH && kind !== RESHARE) throw new Error(`the session kind must be ${FRESH} or ${RESHARE}`);
  return kind;
}
