import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bls12_381 } from '@noble/curves/bls12-381.js';
import {
  generateSecretKey, POP_DST, proofOfPossession, publicKey, SIGNATURE_DST, sign, verify,
} from '../../main/js/bls.js';
import { bytesToHex, hexToBytes } from '../../main/js/hex.js';
import { ethBlsCases } from './vectors.mjs';

const ORDER = '73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001';
const HASH = '5a'.repeat(32);
const IDENTITY_G1 = 'c0' + '00'.repeat(47);
const IDENTITY_G2 = 'c0' + '00'.repeat(95);

describe('keys', () => {
  test('generateSecretKey gives 32 fresh bytes that are a usable scalar below r', () => {
    const keys = Array.from({ length: 8 }, generateSecretKey);
    for (const sk of keys) {
      assert.ok(sk instanceof Uint8Array);
      assert.equal(sk.length, 32);
      assert.ok(BigInt('0x' + bytesToHex(sk)) > 0n && BigInt('0x' + bytesToHex(sk)) < BigInt('0x' + ORDER));
      assert.match(publicKey(sk), /^[0-9a-f]{96}$/);
    }
    assert.equal(new Set(keys.map(bytesToHex)).size, keys.length);
  });

  test('a zero key, a key of r or more and a key of the wrong length are refused', () => {
    assert.throws(() => publicKey(new Uint8Array(32)), /secret key must be in \[1, r\)/);
    assert.throws(() => publicKey(ORDER), /secret key must be in \[1, r\)/);
    assert.throws(() => publicKey('ff'.repeat(32)), /secret key must be in \[1, r\)/);
    assert.throws(() => sign(new Uint8Array(31), HASH), /32 bytes/);
  });
});

describe('signing', () => {
  const sk = generateSecretKey();
  const pk = publicKey(sk);

  test('a signature verifies under its key and hash only', () => {
    const signature = sign(sk, HASH);
    assert.match(signature, /^[0-9a-f]{192}$/);
    assert.equal(verify(pk, HASH, signature), true);
    assert.equal(verify(pk, '5b'.repeat(32), signature), false);
    assert.equal(verify(publicKey(generateSecretKey()), HASH, signature), false);
  });

  test('signing refuses anything but a 32-byte hash', () => {
    assert.throws(() => sign(sk, '5a'.repeat(31)), /message hash must be 32 bytes/);
    assert.throws(() => sign(sk, '5a'.repeat(33)), /message hash must be 32 bytes/);
    assert.throws(() => sign(sk, 'not hex'), /not a hex string/);
  });

  test('a proof of possession signs the compressed public key under the POP DST only', () => {
    const long = bls12_381.longSignatures;
    const pop = proofOfPossession(sk);
    assert.match(pop, /^[0-9a-f]{192}$/);
    assert.equal(long.verify(hexToBytes(pop), long.hash(hexToBytes(pk), POP_DST), hexToBytes(pk)), true);
    assert.equal(long.verify(hexToBytes(pop), long.hash(hexToBytes(pk), SIGNATURE_DST), hexToBytes(pk)), false);
  });

  test('verify answers false, never throws, on malformed input', () => {
    const signature = sign(sk, HASH);
    for (const [key, hash, sig] of [
      ['zz', HASH, signature], [pk.slice(2), HASH, signature], [pk, HASH.slice(2), signature],
      [pk, HASH, signature.slice(2)], [pk, HASH, 'ff'.repeat(96)], ['ff'.repeat(48), HASH, signature],
      [undefined, HASH, signature], [pk, null, signature],
    ]) {
      assert.equal(verify(key, hash, sig), false, `${key} ${hash} ${sig}`);
    }
  });

  test('the identity public key with the identity signature is refused', () => {
    assert.equal(verify(IDENTITY_G1, HASH, IDENTITY_G2), false);
    assert.equal(verify(pk, HASH, IDENTITY_G2), false);
  });
});

describe('Ethereum consensus BLS vectors (same ciphersuite)', () => {
  for (const c of ethBlsCases('sign')) {
    test(`sign ${c.name}`, () => {
      if (c.output === null) {
        assert.throws(() => sign(c.input.privkey, c.input.message));
      } else {
        assert.equal(sign(c.input.privkey, c.input.message), c.output.slice(2));
        assert.equal(verify(publicKey(c.input.privkey), c.input.message, c.output), true);
      }
    });
  }
  for (const c of ethBlsCases('verify')) {
    test(`verify ${c.name}`, () => {
      assert.equal(verify(c.input.pubkey, c.input.message, c.input.signature), c.output);
    });
  }
});

describe('hex', () => {
  test('bytesToHex writes lower case without 0x; hexToBytes takes 0x and either case', () => {
    assert.equal(bytesToHex(Uint8Array.of(0, 0xab, 0xff)), '00abff');
    assert.deepEqual(hexToBytes('0x00ABff'), Uint8Array.of(0, 0xab, 0xff));
    assert.deepEqual(hexToBytes(''), new Uint8Array(0));
  });

  test('hexToBytes refuses odd lengths and non-hex characters', () => {
    assert.throws(() => hexToBytes('abc'), /not a hex string/);
    assert.throws(() => hexToBytes('0xgg'), /not a hex string/);
    assert.throws(() => hexToBytes(12), TypeError);
  });
});
