import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import { encryptKeystore } from '../../main/js/keystore.js';
import { forgetKeystore, loadKeystore, saveKeystore } from '../../main/js/storage.js';

const items = new Map();
globalThis.localStorage = {
  getItem: (k) => (items.has(k) ? items.get(k) : null),
  setItem: (k, v) => items.set(k, String(v)),
  removeItem: (k) => items.delete(k),
};
beforeEach(() => items.clear());

const keystore = await encryptKeystore(Uint8Array.of(...new Array(31).fill(0), 9), 'p', { kdf: { function: 'pbkdf2', c: 4 } });

test('a saved keystore is stored as JSON under dts.keystore.<username> and loads back', () => {
  saveKeystore('alice', keystore);
  assert.deepEqual([...items.keys()], ['dts.keystore.alice']);
  assert.deepEqual(JSON.parse(items.get('dts.keystore.alice')), keystore);
  assert.deepEqual(loadKeystore('alice'), keystore);
  assert.equal(loadKeystore('bob'), null);
});

test('a keystore given as JSON text is stored the same way', () => {
  saveKeystore('alice', JSON.stringify(keystore));
  assert.deepEqual(loadKeystore('alice'), keystore);
});

test('forgetting removes only that user’s keystore', () => {
  saveKeystore('alice', keystore);
  saveKeystore('bob', keystore);
  forgetKeystore('alice');
  assert.equal(loadKeystore('alice'), null);
  assert.deepEqual(loadKeystore('bob'), keystore);
});

test('anything but an encrypted keystore is refused and nothing is stored', () => {
  for (const notKeystore of [new Uint8Array(32), { secretKey: '01'.repeat(32) }, { ...keystore, version: 3 }, '"0101"']) {
    assert.throws(() => saveKeystore('alice', notKeystore), /only an encrypted EIP-2335 keystore/);
  }
  assert.equal(items.size, 0);
});

test('a username is required', () => {
  assert.throws(() => saveKeystore('', keystore), /username/);
  assert.throws(() => loadKeystore(undefined), /username/);
});
