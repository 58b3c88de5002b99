// Whole DKG sessions run by browser members alone (THRESHOLD.md): deal, open, complain, finalize,
// threshold-sign, reshare, export. Randomness is seeded so every run is the same.
import { bls12_381 } from '@noble/curves/bls12-381.js';
import { sha256 } from '@noble/hashes/sha2.js';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SIGNATURE_DST, publicKey } from '../../main/js/bls.js';
import * as dkg from '../../main/js/dkg.js';
import { bytesToHex, hexToBytes } from '../../main/js/hex.js';
import { decryptKeystore } from '../../main/js/keystore.js';

/** A deterministic randomBytes(n): SHA-256 of the label and a counter. */
function seeded(label) {
  let counter = 0;
  return (n) => {
    const out = new Uint8Array(n);
    for (let at = 0; at < n; at += 32) {
      out.set(sha256(new TextEncoder().encode(`${label}/${counter++}`)).subarray(0, Math.min(32, n - at)), at);
    }
    return out;
  };
}

/** Verified with noble directly, not through bls.js, so the check is independent of the module. */
function nobleVerifies(pk, messageHash, signature) {
  const long = bls12_381.longSignatures;
  return long.verify(long.Signature.fromHex(signature), long.hash(hexToBytes(messageHash), SIGNATURE_DST),
    bls12_381.G1.Point.fromHex(pk));
}

function members(n, label) {
  const random = seeded(label);
  return Array.from({ length: n }, (_, k) => {
    const sk = dkg.scalarHex(dkg.randomScalar(random));
    return { index: k + 1, sk, publicKey: publicKey(sk) };
  });
}

/** Every dealer deals to every receiver; every receiver opens every bundle. */
function runDeals({ dealers, receivers, epoch, threshold, oldShares = new Map(), tamper = () => {} }) {
  const bundles = dealers.map((d) => dkg.deal({
    dealerSecretKey: d.sk, epoch, dealerIndex: d.index, threshold, oldShare: oldShares.get(d.index),
    receivers: receivers.map(({ index, publicKey: pk }) => ({ index, publicKey: pk })),
    randomBytes: seeded(`deal-${epoch}-${d.index}`),
  }));
  bundles.forEach(tamper);
  const opened = new Map(receivers.map((r) => [r.index, new Map(bundles.map((b) => [b.dealerIndex, dkg.openShare(r.sk, b, r.index)]))]));
  return { bundles, opened };
}

const MESSAGE = bytesToHex(sha256(new TextEncoder().encode('a request')));

describe('a fresh 3-of-5 session', () => {
  const committee = members(5, 'fresh');
  const { bundles, opened } = runDeals({ dealers: committee, receivers: committee, epoch: 7, threshold: 3 });
  const qualified = bundles.map((b) => b.dealerIndex);
  const groupCommitments = dkg.groupCommitments(dkg.FRESH, new Map(bundles.map((b) => [b.dealerIndex, b.commitments])));
  const groupKey = groupCommitments[0];
  const finals = committee.map((r) => ({
    index: r.index,
    ...dkg.finalizeShare({
      kind: dkg.FRESH, contributors: qualified, publicShare: dkg.publicShare(groupCommitments, r.index),
      sharesByDealer: new Map([...opened.get(r.index)].map(([i, o]) => [i, o.share])),
    }),
  }));
  const partials = finals.map((f) => ({ index: f.index, signature: dkg.signWithShare(f.share, MESSAGE) }));

  test('every bundle is signed by its dealer and every share opens without complaint', () => {
    for (const b of bundles) assert.equal(dkg.verifyDealSignature(committee[b.dealerIndex - 1].publicKey, b), true);
    for (const byDealer of opened.values()) for (const o of byDealer.values()) assert.equal(o.shouldComplain, false);
  });

  test('each partial verifies under the receiver\'s public share', () => {
    for (const [k, p] of partials.entries()) assert.equal(nobleVerifies(finals[k].publicShare, MESSAGE, p.signature), true);
  });

  test('any 3 partials combine into one signature valid under the group key', () => {
    const combined = new Set();
    for (let a = 0; a < 5; a++) for (let b = a + 1; b < 5; b++) for (let c = b + 1; c < 5; c++) {
      const signature = dkg.combineSignatures([partials[a], partials[b], partials[c]]);
      assert.equal(nobleVerifies(groupKey, MESSAGE, signature), true, `partials ${a + 1}, ${b + 1}, ${c + 1}`);
      combined.add(signature);
    }
    assert.equal(combined.size, 1); // the one signature of the group secret
  });

  test('2 partials do not make a valid signature', () => {
    assert.equal(nobleVerifies(groupKey, MESSAGE, dkg.combineSignatures(partials.slice(0, 2))), false);
    assert.equal(nobleVerifies(groupKey, MESSAGE, dkg.combineSignatures([partials[1], partials[4]])), false);
  });

  test('the shares interpolate to the secret behind the group key', () => {
    const secret = dkg.interpolateScalars(new Map(finals.slice(2).map((f) => [f.index, f.share])));
    assert.equal(publicKey(dkg.scalarHex(secret)), groupKey);
  });

  test('finalization refuses a share that does not match the published public share', () => {
    const shares = new Map([...opened.get(1)].map(([i, o]) => [i, o.share]));
    assert.throws(() => dkg.finalizeShare({
      kind: dkg.FRESH, contributors: qualified, sharesByDealer: shares, publicShare: finals[1].publicShare,
    }), /does not match the public share/);
    assert.throws(() => dkg.finalizeShare({ kind: dkg.FRESH, contributors: [...qualified, 6], sharesByDealer: shares }),
      /no share from contributing dealer 6/);
  });

  test('the share exports as an EIP-2335 keystore with the public share as pubkey', async () => {
    const f = finals[2];
    const keystore = await dkg.exportShareKeystore(f.share, 'share pass', { publicShare: f.publicShare, kdf: { function: 'pbkdf2', c: 2 } });
    assert.equal(keystore.pubkey, f.publicShare);
    assert.equal(bytesToHex(await decryptKeystore(keystore, 'share pass')), f.share);
    await assert.rejects(dkg.exportShareKeystore(f.share, 'x', { publicShare: finals[0].publicShare }), /does not match/);
  });

  test('the deal request body is what POST …/deals takes', () => {
    const body = dkg.dealRequestBody(bundles[0]);
    assert.deepEqual(Object.keys(body), ['dealerIndex', 'commitments', 'shares', 'signature']);
    assert.equal(body.commitments.length, 3);
    assert.deepEqual(body.shares.map((s) => Object.keys(s)), Array(5).fill(['receiverIndex', 'ephemeralKey', 'ciphertext']));
    for (const hex of [...body.commitments, body.signature]) assert.match(hex, /^[0-9a-f]+$/);
  });
});

describe('complaints', () => {
  const committee = members(5, 'complaints');
  const liar = 2;
  const victim = 4;
  // Dealer 2 encrypts a share off its polynomial to receiver 4, then signs the bundle as if honest.
  const { bundles, opened } = runDeals({
    dealers: committee, receivers: committee, epoch: 9, threshold: 3,
    tamper: (b) => {
      if (b.dealerIndex !== liar) return;
      const k = b.shares.findIndex((s) => s.receiverIndex === victim);
      b.shares[k] = dkg.encryptShare(12345n, committee[victim - 1].publicKey, 9, liar, victim, 777n);
      b.signature = dkg.signDeal(committee[liar - 1].sk, b);
    },
  });
  const bad = bundles[liar - 1];
  const victimKey = committee[victim - 1];

  test('the receiver detects the bad share, and only that one', () => {
    assert.deepEqual(opened.get(victim).get(liar), { share: null, failure: 'SHARE_MISMATCH', shouldComplain: true });
    const others = [...opened.values()].flatMap((m) => [...m.values()]).filter((o) => o.shouldComplain);
    assert.equal(others.length, 1);
  });

  test('the complaint\'s proof verifies and convicts the dealer', () => {
    const body = dkg.complaint(victimKey.sk, bad, victim, 99n);
    assert.deepEqual(Object.keys(body), ['dealerIndex', 'receiverIndex', 'sharedKey', 'proof']);
    assert.equal(body.dealerIndex, liar);
    assert.match(body.proof, /^[0-9a-f]{128}$/);
    const entry = bad.shares.find((s) => s.receiverIndex === victim);
    assert.equal(dkg.verifyDleq(victimKey.publicKey, entry.ephemeralKey, body.sharedKey, body.proof), true);
    assert.equal(dkg.adjudicateComplaint(body, victimKey.publicKey, bad), dkg.Verdict.VALID);
  });

  test('anyone decrypts the dealer\'s share with the revealed K', () => {
    const body = dkg.complaint(victimKey.sk, bad, victim);
    const entry = bad.shares.find((s) => s.receiverIndex === victim);
    assert.deepEqual(dkg.decryptShareWithSharedKey(body.sharedKey, entry, 9, liar), { share: dkg.scalarHex(12345n), failure: null });
    assert.equal(dkg.decryptShareWithSharedKey(body.sharedKey, entry, 10, liar).failure, 'AUTHENTICATION_FAILED');
  });

  test('a tampered proof, K or complainer key fails', () => {
    const body = dkg.complaint(victimKey.sk, bad, victim);
    const entry = bad.shares.find((s) => s.receiverIndex === victim);
    const flip = (hex, at) => hex.slice(0, at) + (hex[at] === '0' ? '1' : '0') + hex.slice(at + 1);
    for (const at of [0, 63, 64, 127]) {
      assert.equal(dkg.verifyDleq(victimKey.publicKey, entry.ephemeralKey, body.sharedKey, flip(body.proof, at)), false);
    }
    assert.equal(dkg.verifyDleq(victimKey.publicKey, entry.ephemeralKey, body.sharedKey, body.proof.slice(2)), false);
    assert.equal(dkg.verifyDleq(victimKey.publicKey, entry.ephemeralKey, committee[0].publicKey, body.proof), false);
    assert.equal(dkg.verifyDleq(committee[0].publicKey, entry.ephemeralKey, body.sharedKey, body.proof), false);
    assert.equal(dkg.verifyDleq(victimKey.publicKey, entry.ephemeralKey, body.sharedKey, 'ff'.repeat(64)), false);
    assert.equal(dkg.adjudicateComplaint({ ...body, proof: flip(body.proof, 70) }, victimKey.publicKey, bad), dkg.Verdict.INVALID_PROOF);
  });

  test('a complaint against an honest share is a false accusation', () => {
    const honest = bundles[0];
    const body = dkg.complaint(committee[2].sk, honest, 3);
    assert.equal(dkg.adjudicateComplaint(body, committee[2].publicKey, honest), dkg.Verdict.FALSE);
  });

  test('garbage in an entry is a decryption failure, so a complaint', () => {
    const b = { ...bundles[0], shares: bundles[0].shares.map((s) => ({ ...s })) };
    b.shares[0].ciphertext = b.shares[0].ciphertext.slice(0, 94);
    b.shares[1].ephemeralKey = 'c0' + '00'.repeat(47); // the identity
    b.shares[2].ciphertext = 'ff' + b.shares[2].ciphertext.slice(2);
    assert.equal(dkg.openShare(committee[0].sk, b, 1).failure, 'CIPHERTEXT_LENGTH');
    assert.equal(dkg.openShare(committee[1].sk, b, 2).failure, 'EPHEMERAL_KEY_INVALID');
    assert.equal(dkg.openShare(committee[2].sk, b, 3).failure, 'AUTHENTICATION_FAILED');
  });

  test('QUAL without the convicted dealer still yields a working 3-of-5 group', () => {
    const qualified = bundles.map((b) => b.dealerIndex).filter((i) => i !== liar);
    const commitments = dkg.groupCommitments(dkg.FRESH, new Map(bundles.filter((b) => b.dealerIndex !== liar).map((b) => [b.dealerIndex, b.commitments])));
    const partials = [1, 4, 5].map((j) => {
      const { share } = dkg.finalizeShare({
        kind: dkg.FRESH, contributors: qualified, publicShare: dkg.publicShare(commitments, j),
        sharesByDealer: new Map([...opened.get(j)].filter(([, o]) => o.share).map(([i, o]) => [i, o.share])),
      });
      return { index: j, signature: dkg.signWithShare(share, MESSAGE) };
    });
    assert.equal(nobleVerifies(commitments[0], MESSAGE, dkg.combineSignatures(partials)), true);
  });
});

test('a reshare from 3-of-5 to 4-of-6 keeps the group key', () => {
  const old = members(5, 'reshare-old');
  const first = runDeals({ dealers: old, receivers: old, epoch: 1, threshold: 3 });
  const all = old.map((d) => d.index);
  const oldCommitments = dkg.groupCommitments(dkg.FRESH, new Map(first.bundles.map((b) => [b.dealerIndex, b.commitments])));
  const oldShares = new Map(old.map((r) => [r.index, dkg.finalizeShare({
    kind: dkg.FRESH, contributors: all, sharesByDealer: new Map([...first.opened.get(r.index)].map(([i, o]) => [i, o.share])),
  }).share]));

  const next = members(6, 'reshare-new');
  const dealers = old.filter((d) => d.index !== 1); // dealer 1 stays silent
  const second = runDeals({ dealers, receivers: next, epoch: 2, threshold: 4, oldShares });
  for (const b of second.bundles) assert.equal(b.commitments[0], dkg.publicShare(oldCommitments, b.dealerIndex)); // A_i0 = Y_i
  const contributors = dkg.reshareContributors(second.bundles.map((b) => b.dealerIndex), 3);
  assert.deepEqual(contributors, [2, 3, 4]);
  const commitments = dkg.groupCommitments(dkg.RESHARE,
    new Map(second.bundles.filter((b) => contributors.includes(b.dealerIndex)).map((b) => [b.dealerIndex, b.commitments])));
  assert.equal(commitments[0], oldCommitments[0]);
  const partials = [2, 3, 5, 6].map((j) => {
    const { share } = dkg.finalizeShare({
      kind: dkg.RESHARE, contributors, publicShare: dkg.publicShare(commitments, j),
      sharesByDealer: new Map([...second.opened.get(j)].map(([i, o]) => [i, o.share])),
    });
    return { index: j, signature: dkg.signWithShare(share, MESSAGE) };
  });
  assert.equal(nobleVerifies(oldCommitments[0], MESSAGE, dkg.combineSignatures(partials)), true);
  assert.equal(nobleVerifies(oldCommitments[0], MESSAGE, dkg.combineSignatures(partials.slice(1))), false);
});
