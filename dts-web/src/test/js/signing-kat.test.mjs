// The known-answer vector shared with the server: the browser module must reproduce, byte for
// byte, the public keys, proofs of possession and signatures that dts-core computes over jblst
// (io.dts.web.crypto.BrowserKnownAnswerTest checks the same file on the Java side).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { proofOfPossession, publicKey, sign, verify } from '../../main/js/bls.js';
import { hexToBytes } from '../../main/js/hex.js';
import { webVector } from './vectors.mjs';

const kat = webVector('dts-signing-kat.json');

test('the vector file names the DESIGN §5 DSTs and holds its cases', () => {
  assert.equal(kat.signatureDst, 'BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_');
  assert.equal(kat.proofOfPossessionDst, 'BLS_POP_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_');
  assert.equal(kat.cases.length, 4);
});

for (const c of kat.cases) {
  describe(c.name, () => {
    const sk = hexToBytes(c.secretKey);

    test('public key equals the server’s', () => {
      assert.equal(publicKey(sk), c.publicKey);
    });

    test('proof of possession equals the server’s', () => {
      assert.equal(proofOfPossession(sk), c.proofOfPossession);
    });

    test('signature over the message hash equals the server’s', () => {
      assert.equal(sign(sk, c.messageHash), c.signature);
    });

    test('the server’s signature verifies, and not for another hash', () => {
      assert.equal(verify(c.publicKey, c.messageHash, c.signature), true);
      const other = c.messageHash.slice(0, 62) + (c.messageHash.endsWith('00') ? '01' : '00');
      assert.equal(verify(c.publicKey, other, c.signature), false);
    });

    test('hex input with 0x and upper case gives the same lower-case output', () => {
      assert.equal(sign('0x' + c.secretKey.toUpperCase(), '0X' + c.messageHash.toUpperCase()), c.signature);
    });
  });
}
