// The browser member's decisions and computations (dkg-member.js) and its encrypted memory
// (share-vault.js), on sessions shaped as the server's JSON, with real deals from dkg.js.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { publicKey, verify } from '../../main/js/bls.js';
import * as dkg from '../../main/js/dkg.js';
import * as member from '../../main/js/dkg-member.js';
import * as vault from '../../main/js/share-vault.js';

const names = ['ann', 'bob', 'cy', 'dee', 'eve'];
const committee = names.map((name, k) => {
  const sk = dkg.scalarHex(BigInt(1000 + k * 7919));
  return { index: k + 1, name, sk, publicKey: publicKey(sk) };
});
const HASH = 'ab'.repeat(32);

function session(phase, extra = {}) {
  return {
    epoch: 9, kind: 'FRESH', threshold: 3, previousThreshold: 0, phase,
    startHeight: 100, dealEndHeight: 110, complaintEndHeight: 120,
    dealers: committee.map(({ index, name, publicKey: pk }) => ({ index, name, publicKey: pk, oldPublicShare: null })),
    receivers: committee.map(({ index, name, publicKey: pk }) => ({ index, name, publicKey: pk })),
    dealt: [], qualified: [], publicShares: [], ...extra,
  };
}

/** Every member deals through dealFor; answers the deals as GET …/deals lists them. */
function postedDeals(s, memories = {}) {
  return committee.map((m) => {
    const b = member.dealFor(m.sk, s, { dealerIndex: m.index }, memories[m.name] || vault.emptyVault());
    return { ...dkg.dealRequestBody(b), epoch: s.epoch, height: 101 };
  });
}

describe('dutyOf', () => {
  const empty = vault.emptyVault();
  test('a dealer deals once, while its index is not among the dealt', () => {
    assert.deepEqual(member.dutyOf(session('DEAL'), 'bob', empty), { task: 'deal', dealerIndex: 2 });
    assert.equal(member.dutyOf(session('DEAL', { dealt: [2] }), 'bob', empty).task, 'idle');
    assert.equal(member.dutyOf(session('DEAL'), 'stranger', empty).task, 'idle');
  });
  test('a receiver checks the deals once, then stores its share once', () => {
    assert.deepEqual(member.dutyOf(session('COMPLAIN'), 'cy', empty), { task: 'check', receiverIndex: 3 });
    assert.equal(member.dutyOf(session('COMPLAIN'), 'cy', { epochs: { 9: { checked: true } } }).task, 'idle');
    assert.deepEqual(member.dutyOf(session('COMPLETE'), 'cy', empty), { task: 'store', receiverIndex: 3 });
    assert.equal(member.dutyOf(session('COMPLETE'), 'cy', { epochs: { 9: { share: '01' } } }).task, 'idle');
  });
  test('a failed session asks nothing and says why', () => {
    assert.match(member.dutyOf(session('FAILED', { failureReason: 'too few' }), 'cy', empty).reason, /too few/);
  });
  test('resharing needs the stored share whose public share the server names', () => {
    const s = session('DEAL', { kind: 'RESHARE', epoch: 12 });
    s.dealers[0].oldPublicShare = 'AA'.repeat(48);
    assert.equal(member.dutyOf(s, 'ann', empty).task, 'blocked');
    const memory = { epochs: { 5: { share: '02', publicShare: 'bb'.repeat(48) }, 9: { share: '01', publicShare: 'aa'.repeat(48) } } };
    assert.deepEqual(member.dutyOf(s, 'ann', memory), { task: 'deal', dealerIndex: 1, oldShareEpoch: 9 });
  });
});

describe('a fresh session through the member functions', () => {
  const s = session('COMPLAIN');
  const posted = postedDeals(s);
  const cheat = structuredClone(posted[4]); // eve sends cy garbage
  cheat.shares[2].ciphertext = 'ff'.repeat(48);

  test('a bundle whose signature fails is left out, not complained about', () => {
    const { bundles, problems } = member.acceptedBundles(s, [...posted.slice(0, 4), cheat]);
    assert.equal(bundles.length, 4);
    assert.match(problems[0], /dealer 5/);
  });

  test('the receiver keeps the good shares and complains about a bad one with a valid proof', () => {
    const resigned = { ...cheat, signature: dkg.signDeal(committee[4].sk, member.bundleOf(s, cheat)) };
    const { bundles } = member.acceptedBundles(s, [...posted.slice(0, 4), resigned]);
    const { received, complaints, failures } = member.checkDeals(committee[2].sk, bundles, 3);
    assert.deepEqual(Object.keys(received).map(Number), [1, 2, 3, 4]);
    assert.equal(failures[0].dealerIndex, 5);
    assert.equal(complaints.length, 1);
    assert.equal(dkg.adjudicateComplaint(complaints[0], committee[2].publicKey, bundles[4]), dkg.Verdict.VALID);
    assert.equal(member.checkDeals(committee[2].sk, bundles, 3, [5]).complaints.length, 0, 'filed before: not again');
  });

  test('every receiver finds the share the session publishes, and any three sign under the group key', () => {
    const bundles = member.acceptedBundles(s, posted).bundles;
    const groupCommitments = dkg.groupCommitments(dkg.FRESH, Object.fromEntries(bundles.map((b) => [b.dealerIndex, b.commitments])));
    const complete = {
      ...s, phase: 'COMPLETE', qualified: [1, 2, 3, 4, 5], groupPublicKey: groupCommitments[0],
      publicShares: committee.map((m) => ({ index: m.index, publicShare: dkg.publicShare(groupCommitments, m.index) })),
    };
    const shares = committee.map((m) => {
      const received = member.checkDeals(m.sk, bundles, m.index).received;
      return member.groupShare(m.sk, complete, bundles, m.index, m.index === 1 ? {} : received);
    });
    shares.forEach((x, k) => assert.equal(x.publicShare, complete.publicShares[k].publicShare));
    const partials = [0, 2, 4].map((k) => ({ index: k + 1, signature: dkg.signWithShare(shares[k].share, HASH) }));
    const signature = dkg.combineSignatures(partials);
    assert.ok(verify(complete.groupPublicKey, HASH, signature));

    const wrong = { ...complete, publicShares: complete.publicShares.map((p) => ({ ...p, publicShare: complete.publicShares[0].publicShare })) };
    assert.throws(() => member.groupShare(committee[1].sk, wrong, bundles, 2), /does not match/);
  });
});

describe('windowOf', () => {
  test('counts the blocks left in the open window', () => {
    assert.deepEqual(member.windowOf(session('DEAL'), 104), { window: 'deal', endHeight: 110, blocksLeft: 6 });
    assert.deepEqual(member.windowOf(session('COMPLAIN'), 125), { window: 'complain', endHeight: 120, blocksLeft: 0 });
    assert.equal(member.windowOf(session('COMPLETE'), 125).window, null);
  });
});

describe('share vault', () => {
  const memory = { epochs: { 9: { share: '11'.repeat(32), publicShare: 'aa', received: { 1: '22'.repeat(32) }, checked: true } } };
  test('seals without the shares in clear and opens only with the same key and user', () => {
    const sealed = vault.sealVault(committee[0].sk, 'ann', memory);
    assert.ok(!JSON.stringify(sealed).includes('11'.repeat(32)));
    assert.ok(!JSON.stringify(sealed).includes('22'.repeat(32)));
    assert.deepEqual(vault.openVault(committee[0].sk, 'ann', sealed), memory);
    assert.throws(() => vault.openVault(committee[1].sk, 'ann', sealed), /another key/);
    assert.throws(() => vault.openVault(committee[0].sk, 'bob', sealed), /does not open/);
    const tampered = { ...sealed, ciphertext: (sealed.ciphertext[0] === '0' ? '1' : '0') + sealed.ciphertext.slice(1) };
    assert.throws(() => vault.openVault(committee[0].sk, 'ann', tampered), /does not open/);
  });
  test('is stored only sealed, and an absent or foreign vault reads as empty', () => {
    const store = new Map();
    globalThis.localStorage = {
      getItem: (k) => (store.has(k) ? store.get(k) : null), setItem: (k, v) => store.set(k, v), removeItem: (k) => store.delete(k),
    };
    assert.deepEqual(vault.loadMemory(committee[0].sk, 'ann'), vault.emptyVault());
    vault.saveMemory(committee[0].sk, 'ann', memory);
    assert.ok(!store.get('dts.dkg-vault.ann').includes('11'.repeat(32)));
    assert.deepEqual(vault.loadMemory(committee[0].sk, 'ann'), memory);
    assert.deepEqual(vault.loadMemory(committee[1].sk, 'ann'), vault.emptyVault());
    assert.throws(() => vault.saveVault('ann', memory), /only a sealed/);
    delete globalThis.localStorage;
  });
});
