// The browser crypto of the DTS signer portal, bundled by esbuild into target/js/dts-keys.js as
// the global `DtsKeys`. Secret keys stay in the page: only public keys, proofs of possession,
// signatures and encrypted keystores leave this module.
export { bytesToHex, hexToBytes } from './hex.js';
export { generateSecretKey, publicKey, proofOfPossession, sign, verify } from './bls.js';
export { encryptKeystore, decryptKeystore } from './keystore.js';
export { saveKeystore, loadKeystore, forgetKeystore } from './storage.js';
// The DKG member (THRESHOLD.md): deal, open, complain, finalize, threshold-sign, export the share.
export * as dkg from './dkg.js';
// The browser member's duties and its encrypted memory of shares (signer-member.js drives them).
export * as member from './dkg-member.js';
export * as vault from './share-vault.js';
