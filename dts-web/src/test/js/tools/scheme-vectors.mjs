// Makes dts-core/src/test/resources/vectors/cross-chain/schemes.json: one signed beacon-style
// message per cross-chain scheme, signed by noble (an implementation independent of the server's
// blst) with fixed secret keys, so the Java side can check it verifies exactly what noble signs.
//   node dts-web/src/test/js/tools/scheme-vectors.mjs > dts-core/src/test/resources/vectors/cross-chain/schemes.json
import { bls12_381 } from '@noble/curves/bls12-381.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';

const long = bls12_381.longSignatures; // G1 keys, G2 signatures
const short = bls12_381.shortSignatures; // G2 keys, G1 signatures

const schemes = [
  { id: 'dts', sigs: long, dst: 'BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_', data: () => new TextEncoder().encode('a DTS-signed transaction') },
  { id: 'pedersen-bls-chained', sigs: long, dst: 'BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_NUL_', data: (prev) => concat(prev, round(1000)) },
  { id: 'pedersen-bls-unchained', sigs: long, dst: 'BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_NUL_', data: () => round(1000) },
  { id: 'bls-unchained-g1-rfc9380', sigs: short, dst: 'BLS_SIG_BLS12381G1_XMD:SHA-256_SSWU_RO_NUL_', data: () => round(1000) },
];

function round(n) {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, BigInt(n));
  return out;
}

function concat(a, b) {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

const cases = schemes.map((scheme, i) => {
  const secretKey = sha256(new TextEncoder().encode('dts cross-chain vector ' + scheme.id));
  secretKey[0] &= 0x3f; // below the group order r
  const publicKey = scheme.sigs.getPublicKey(secretKey).toBytes(true);
  const previous = hexToBytes('ab'.repeat(96)); // the previous round's signature, for chained beacons
  const data = scheme.data(previous);
  const message = sha256(data);
  const signature = scheme.sigs.Signature.toBytes(scheme.sigs.sign(scheme.sigs.hash(message, scheme.dst), secretKey));
  return {
    scheme: scheme.id,
    secretKey: bytesToHex(secretKey),
    publicKey: bytesToHex(publicKey),
    data: bytesToHex(data),
    messageSha256: bytesToHex(message),
    signature: bytesToHex(signature),
  };
});

console.log(JSON.stringify({ source: 'dts-web/src/test/js/tools/scheme-vectors.mjs (@noble/curves)', cases }, null, 2));
