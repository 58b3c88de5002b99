// The DKG known-answer vectors shared with dts-core (io.dts.core.crypto.dkg.DkgKatTest checks the
// same file on the Java side): the browser member must reproduce every value byte for byte.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { publicKey, verify } from '../../main/js/bls.js';
import * as dkg from '../../main/js/dkg.js';
import { bytesToHex } from '../../main/js/hex.js';

const kat = JSON.parse(readFileSync(new URL('../../../../dts-core/src/test/resources/dkg/kat.json', import.meta.url), 'utf8'));

test('the vector file holds every section', () => {
  assert.equal(kat.encryption.length, 2);
  assert.equal(kat.dleq.length, 2);
  assert.equal(kat.deal.receivers.length, 4);
  assert.equal(kat.combination.partials.length, 3);
});

describe('share encryption', () => {
  for (const [n, e] of kat.encryption.entries()) {
    test(`case ${n}: pk, HKDF key, R and c equal the server's`, () => {
      assert.equal(publicKey(e.sk), e.pk);
      assert.equal(publicKey(e.rho), e.R); // R = ρ·g
      assert.equal(dkg.sharedKey(e.sk, e.R), e.K);
      assert.equal(bytesToHex(dkg.shareEncryptionKey(e.K, e.R, e.epoch, e.dealerIndex, e.receiverIndex)), e.hkdfKey);
      const entry = dkg.encryptShare(e.share, e.pk, e.epoch, e.dealerIndex, e.receiverIndex, e.rho);
      assert.deepEqual(entry, { receiverIndex: e.receiverIndex, ephemeralKey: e.R, ciphertext: e.c });
    });

    test(`case ${n}: the receiver's key and the revealed K both decrypt the server's c`, () => {
      const entry = { receiverIndex: e.receiverIndex, ephemeralKey: e.R, ciphertext: e.c };
      assert.deepEqual(dkg.decryptShare(e.sk, entry, e.epoch, e.dealerIndex), { share: e.share, failure: null });
      assert.deepEqual(dkg.decryptShareWithSharedKey(e.K, entry, e.epoch, e.dealerIndex), { share: e.share, failure: null });
    });
  }

  test('another epoch, dealer or receiver index fails authentication', () => {
    const e = kat.encryption[0];
    const entry = { receiverIndex: e.receiverIndex, ephemeralKey: e.R, ciphertext: e.c };
    const failure = dkg.DecryptionFailure.AUTHENTICATION_FAILED;
    assert.equal(dkg.decryptShare(e.sk, entry, e.epoch + 1, e.dealerIndex).failure, failure);
    assert.equal(dkg.decryptShare(e.sk, entry, e.epoch, e.dealerIndex + 1).failure, failure);
    assert.equal(dkg.decryptShare(e.sk, { ...entry, receiverIndex: e.receiverIndex + 1 }, e.epoch, e.dealerIndex).failure, failure);
  });
});

describe('complaint proof (DLEQ)', () => {
  for (const [n, d] of kat.dleq.entries()) {
    test(`case ${n}: K, a1, a2, c, z and the proof equal the server's`, () => {
      assert.equal(publicKey(d.sk), d.pk);
      assert.equal(publicKey(d.rho), d.R); // R = ρ·g
      assert.deepEqual(dkg.proveDleq(d.sk, d.R, d.w), { sharedKey: d.K, a1: d.a1, a2: d.a2, c: d.c, z: d.z, proof: d.proof });
      assert.equal(d.proof, d.c + d.z);
    });

    test(`case ${n}: the server's proof verifies, and not for another K or key`, () => {
      assert.equal(dkg.verifyDleq(d.pk, d.R, d.K, d.proof), true);
      assert.equal(dkg.verifyDleq(d.pk, d.R, d.a1, d.proof), false);
      assert.equal(dkg.verifyDleq(d.K, d.R, d.K, d.proof), false);
    });
  }
});

describe('deal bundle', () => {
  const d = kat.deal;
  const receivers = d.receivers.map((r) => ({ index: r.index, publicKey: r.pk }));
  const rhos = new Map(d.receivers.map((r) => [r.index, r.rho]));
  const bundle = dkg.dealWith({
    dealerSecretKey: d.dealerSk, epoch: d.epoch, dealerIndex: d.dealerIndex, coefficients: d.coefficients, receivers, rhos,
  });

  test('commitments, shares, R and c equal the server\'s', () => {
    assert.equal(publicKey(d.dealerSk), d.dealerPk);
    assert.equal(bundle.threshold, d.threshold);
    assert.deepEqual(bundle.commitments, d.commitments);
    for (const r of d.receivers) {
      assert.equal(dkg.evaluate(d.coefficients, r.index).toString(16).padStart(64, '0'), r.share);
      assert.deepEqual(bundle.shares.find((s) => s.receiverIndex === r.index),
        { receiverIndex: r.index, ephemeralKey: r.R, ciphertext: r.c });
    }
  });

  test('canonical bytes, digest and signature equal the server\'s', () => {
    assert.equal(bytesToHex(dkg.dealBundleBytes(bundle)), d.bytes);
    assert.equal(dkg.dealDigest(bundle), d.digest);
    assert.equal(bundle.signature, d.signature);
    assert.equal(verify(d.dealerPk, d.digest, d.signature), true);
    assert.equal(dkg.verifyDealSignature(d.dealerPk, bundle), true);
  });

  test('the bytes sort receivers by index whatever the order given', () => {
    const shuffled = { ...bundle, shares: [...bundle.shares].reverse() };
    assert.equal(bytesToHex(dkg.dealBundleBytes(shuffled)), d.bytes);
  });

  test('the request body has exactly the fields the server takes', () => {
    const body = dkg.dealRequestBody(bundle);
    assert.deepEqual(Object.keys(body), ['dealerIndex', 'commitments', 'shares', 'signature']);
    assert.deepEqual(body.commitments, d.commitments);
    assert.deepEqual(body.shares, d.receivers.map((r) => ({ receiverIndex: r.index, ephemeralKey: r.R, ciphertext: r.c })));
    assert.equal(body.signature, d.signature);
  });

  test('every receiver opens the server\'s share from the bundle', () => {
    for (const r of d.receivers) {
      assert.deepEqual(dkg.openShare(r.sk, bundle, r.index), { share: r.share, failure: null, shouldComplain: false });
    }
  });
});

describe('threshold combination', () => {
  const c = kat.combination;

  test('group key, shares and public shares equal the server\'s', () => {
    assert.deepEqual(dkg.commitments(c.coefficients)[0], c.groupKey);
    for (const s of c.shares) {
      assert.equal(dkg.evaluate(c.coefficients, s.index).toString(16).padStart(64, '0'), s.share);
      assert.equal(publicKey(s.share), s.publicShare);
      assert.equal(dkg.publicShare(dkg.commitments(c.coefficients), s.index), s.publicShare);
    }
  });

  test('partials and their combination equal the server\'s and verify', () => {
    for (const p of c.partials) {
      const share = c.shares.find((s) => s.index === p.index);
      assert.equal(dkg.signWithShare(share.share, c.message), p.signature);
      assert.equal(verify(share.publicShare, c.message, p.signature), true);
    }
    assert.deepEqual(c.partials.map((p) => p.index), c.indices);
    assert.equal(dkg.combineSignatures(c.partials), c.combined);
    assert.equal(dkg.combineSignatures([...c.partials].reverse()), c.combined);
    assert.equal(verify(c.groupKey, c.message, c.combined), true);
  });
});
