// The built file the pages load: target/js/dts-keys.js run as a classic script, as a browser would,
// must define the global DtsKeys with the portal's API and work without Node's module system.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import vm from 'node:vm';

const BUNDLE = new URL('../../../target/js/dts-keys.js', import.meta.url);

function loadBundle() {
  const window = { crypto: globalThis.crypto, TextEncoder, setTimeout, localStorage: memoryStorage() };
  window.window = window;
  vm.createContext(window);
  vm.runInContext(readFileSync(BUNDLE, 'utf8'), window, { filename: 'dts-keys.js' });
  return window;
}

function memoryStorage() {
  const items = new Map();
  return {
    getItem: (k) => (items.has(k) ? items.get(k) : null),
    setItem: (k, v) => items.set(k, String(v)),
    removeItem: (k) => items.delete(k),
    items,
  };
}

test('the bundle defines the global DtsKeys with exactly the portal API', () => {
  const { DtsKeys } = loadBundle();
  // compared as JSON: the bundle's objects belong to another realm
  assert.equal(JSON.stringify(Object.keys(DtsKeys).sort()), JSON.stringify([
    'bytesToHex', 'decryptKeystore', 'dkg', 'encryptKeystore', 'forgetKeystore', 'generateSecretKey',
    'hexToBytes', 'loadKeystore', 'member', 'proofOfPossession', 'publicKey', 'saveKeystore', 'sign', 'vault', 'verify',
  ]));
});

test('the bundle makes a key, proof and signature that verify, and a keystore that opens', async () => {
  const window = loadBundle();
  const K = window.DtsKeys;
  const sk = K.generateSecretKey();
  const hash = 'ab'.repeat(32);
  const pk = K.publicKey(sk);
  const signature = K.sign(sk, hash);

  assert.match(pk, /^[0-9a-f]{96}$/);
  assert.match(K.proofOfPossession(sk), /^[0-9a-f]{192}$/);
  assert.equal(K.verify(pk, hash, signature), true);

  const keystore = await K.encryptKeystore(sk, 'pass', { kdf: { function: 'pbkdf2', c: 2 } });
  K.saveKeystore('alice', keystore);
  assert.equal(window.localStorage.getItem('dts.keystore.alice'), JSON.stringify(keystore));
  const back = await K.decryptKeystore(K.loadKeystore('alice'), 'pass');
  assert.equal(K.bytesToHex(back), K.bytesToHex(sk));
});

test('the bundle exposes the DKG member as DtsKeys.dkg, reproducing the shared vectors', async () => {
  const { DtsKeys } = loadBundle();
  const kat = JSON.parse(readFileSync(new URL('../../../../dts-core/src/test/resources/dkg/kat.json', import.meta.url), 'utf8'));
  for (const name of ['deal', 'dealRequestBody', 'openShare', 'complaint', 'finalizeShare', 'signWithShare',
    'combineSignatures', 'exportShareKeystore', 'encryptShare', 'decryptShare', 'proveDleq', 'verifyDleq']) {
    assert.equal(typeof DtsKeys.dkg[name], 'function', name);
  }
  const d = kat.dleq[0];
  assert.equal(DtsKeys.dkg.proveDleq(d.sk, d.R, d.w).proof, d.proof);
  const e = kat.encryption[0];
  assert.equal(DtsKeys.dkg.encryptShare(e.share, e.pk, e.epoch, e.dealerIndex, e.receiverIndex, e.rho).ciphertext, e.c);
  assert.equal(DtsKeys.dkg.combineSignatures(kat.combination.partials), kat.combination.combined);
});
