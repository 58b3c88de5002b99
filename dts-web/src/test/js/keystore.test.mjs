// EIP-2335 keystores: the spec's test vectors, password processing, round trips and refusals.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { publicKey } from '../../main/js/bls.js';
import { bytesToHex, hexToBytes } from '../../main/js/hex.js';
import { decryptKeystore, DEFAULT_KDF, encryptKeystore, passwordBytes } from '../../main/js/keystore.js';
import { webVector, webVectorText } from './vectors.mjs';

const expected = webVector('eip2335/expected.json');
const FAST = { function: 'pbkdf2', c: 16 }; // for tests that are not about the KDF's cost
const SECRET = hexToBytes('2b'.repeat(31) + '01');

describe('EIP-2335 test vectors', () => {
  for (const file of expected.keystores) {
    test(`${file} decrypts to the spec's secret`, async () => {
      const secret = await decryptKeystore(webVectorText('eip2335/' + file), expected.password);
      assert.equal(bytesToHex(secret), expected.secret);
    });
  }

  test('the pbkdf2 vector refuses a wrong password', async () => {
    await assert.rejects(decryptKeystore(webVector('eip2335/pbkdf2.json'), 'testpassword'),
      (e) => e instanceof Error && e.message.startsWith('wrong passphrase'));
  });

  test('the spec password is processed to its documented encoding', () => {
    assert.equal(bytesToHex(passwordBytes(expected.password)), expected.encodedPassword);
  });

  test('the vector opens with the password as typed with control codes in it', async () => {
    // NFKD maps the fraktur letters to ASCII; C0, Delete and C1 codes are dropped.
    const typed = '\u0007testpass\u007fword\u0085🔑\u001f';
    const secret = await decryptKeystore(webVector('eip2335/pbkdf2.json'), typed);
    assert.equal(bytesToHex(secret), expected.secret);
  });
});

describe('password processing', () => {
  test('NFKD normalises compatibility characters and composed accents', () => {
    assert.deepEqual(passwordBytes('ﬁ'), passwordBytes('fi'));
    assert.equal(bytesToHex(passwordBytes('é')), bytesToHex(new TextEncoder().encode('e\u0301')));
  });

  test('C0, Delete and C1 codes are removed, the space and U+00A0 after NFKD are kept', () => {
    assert.equal(new TextDecoder().decode(passwordBytes('a\u0000b\u001fc\u007fd\u0080e\u009ff g')), 'abcdef g');
    assert.equal(new TextDecoder().decode(passwordBytes('a\u00a0b')), 'a b'); // NFKD: NBSP → space
  });
});

describe('encrypting', () => {
  test('a new keystore is version 4 with the default scrypt KDF, and opens again', async () => {
    const ks = await encryptKeystore(SECRET, 'correct horse');
    assert.equal(ks.version, 4);
    assert.deepEqual(
      { ...ks.crypto.kdf.params, salt: undefined },
      { dklen: 32, n: 262144, r: 8, p: 1, salt: undefined },
    );
    assert.equal(ks.crypto.kdf.function, DEFAULT_KDF.function);
    assert.match(ks.crypto.kdf.params.salt, /^[0-9a-f]{64}$/);
    assert.equal(ks.crypto.checksum.function, 'sha256');
    assert.equal(ks.crypto.cipher.function, 'aes-128-ctr');
    assert.match(ks.crypto.cipher.params.iv, /^[0-9a-f]{32}$/);
    assert.equal(ks.crypto.cipher.message.length, 64);
    assert.equal(ks.pubkey, publicKey(SECRET));
    assert.equal(ks.path, '');
    assert.match(ks.uuid, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

    assert.deepEqual(await decryptKeystore(JSON.stringify(ks), 'correct horse'), SECRET);
  });

  test('a pbkdf2 keystore round trips and keeps the given path and description', async () => {
    const ks = await encryptKeystore(SECRET, 'pässwörd', { kdf: FAST, path: 'm/12381/3600/0/0/0', description: 'DTS signer alice' });
    assert.equal(ks.crypto.kdf.function, 'pbkdf2');
    assert.equal(ks.crypto.kdf.params.prf, 'hmac-sha256');
    assert.equal(ks.path, 'm/12381/3600/0/0/0');
    assert.equal(ks.description, 'DTS signer alice');
    assert.deepEqual(await decryptKeystore(ks, 'pässwörd'), SECRET);
    // the same password typed decomposed opens it too
    assert.deepEqual(await decryptKeystore(ks, 'pa\u0308sswo\u0308rd'), SECRET);
  });

  test('each keystore has its own salt, IV and UUID', async () => {
    const a = await encryptKeystore(SECRET, 'p', { kdf: FAST });
    const b = await encryptKeystore(SECRET, 'p', { kdf: FAST });
    assert.notEqual(a.crypto.kdf.params.salt, b.crypto.kdf.params.salt);
    assert.notEqual(a.crypto.cipher.params.iv, b.crypto.cipher.params.iv);
    assert.notEqual(a.crypto.cipher.message, b.crypto.cipher.message);
    assert.notEqual(a.uuid, b.uuid);
  });

  test('the secret never appears in the keystore', async () => {
    const text = JSON.stringify(await encryptKeystore(SECRET, 'p', { kdf: FAST }));
    assert.equal(text.includes(bytesToHex(SECRET)), false);
  });

  test('progress is reported up to completion', async () => {
    const seen = [];
    await encryptKeystore(SECRET, 'p', { kdf: { function: 'scrypt', n: 1024, r: 8, p: 1 }, onProgress: (f) => seen.push(f) });
    assert.ok(seen.length > 1);
    assert.equal(seen.at(-1), 1);
  });

  test('an invalid secret key is refused', async () => {
    await assert.rejects(encryptKeystore(new Uint8Array(32), 'p', { kdf: FAST }), /secret key must be in \[1, r\)/);
    await assert.rejects(encryptKeystore(new Uint8Array(16), 'p', { kdf: FAST }), /32 bytes/);
  });
});

describe('decrypting refuses', () => {
  test('a wrong passphrase, with a message starting "wrong passphrase"', async () => {
    const ks = await encryptKeystore(SECRET, 'right', { kdf: FAST });
    await assert.rejects(decryptKeystore(ks, 'wrong'), (e) => e instanceof Error && e.message.startsWith('wrong passphrase'));
  });

  test('a tampered cipher message as a checksum mismatch', async () => {
    const ks = await encryptKeystore(SECRET, 'right', { kdf: FAST });
    const m = ks.crypto.cipher.message;
    ks.crypto.cipher.message = (m[0] === '0' ? '1' : '0') + m.slice(1);
    await assert.rejects(decryptKeystore(ks, 'right'), /^Error: wrong passphrase/);
  });

  test('a keystore whose pubkey is not the secret’s', async () => {
    const ks = await encryptKeystore(SECRET, 'right', { kdf: FAST });
    ks.pubkey = webVector('eip2335/pbkdf2.json').pubkey;
    await assert.rejects(decryptKeystore(ks, 'right'), /^Error: not an EIP-2335 keystore/);
  });

  const base = webVector('eip2335/pbkdf2.json');
  const variants = {
    'text that is not JSON': '{"crypto":',
    'a JSON array': '[]',
    'null': null,
    'version 3': { ...base, version: 3 },
    'a missing cipher module': { ...base, crypto: { ...base.crypto, cipher: undefined } },
    'an unknown KDF': { ...base, crypto: { ...base.crypto, kdf: { ...base.crypto.kdf, function: 'argon2' } } },
    'a pbkdf2 PRF other than hmac-sha256': { ...base, crypto: { ...base.crypto, kdf: { ...base.crypto.kdf, params: { ...base.crypto.kdf.params, prf: 'hmac-sha512' } } } },
    'a scrypt n that is not a power of two': { ...base, crypto: { ...base.crypto, kdf: { function: 'scrypt', message: '', params: { dklen: 32, n: 1000, r: 8, p: 1, salt: '00' } } } },
    'scrypt parameters asking for gigabytes': { ...base, crypto: { ...base.crypto, kdf: { function: 'scrypt', message: '', params: { dklen: 32, n: 2 ** 24, r: 8, p: 1, salt: '00' } } } },
    'a checksum function other than sha256': { ...base, crypto: { ...base.crypto, checksum: { ...base.crypto.checksum, function: 'keccak256' } } },
    'a cipher other than aes-128-ctr': { ...base, crypto: { ...base.crypto, cipher: { ...base.crypto.cipher, function: 'aes-256-gcm' } } },
    'an IV that is not hex': { ...base, crypto: { ...base.crypto, cipher: { ...base.crypto.cipher, params: { iv: 'xyz' } } } },
    'a short checksum': { ...base, crypto: { ...base.crypto, checksum: { ...base.crypto.checksum, message: 'abcd' } } },
  };
  for (const [name, input] of Object.entries(variants)) {
    test(`${name}, as not an EIP-2335 keystore`, async () => {
      await assert.rejects(decryptKeystore(input, 'x'), (e) => e instanceof Error && e.message.startsWith('not an EIP-2335 keystore'));
    });
  }
});
