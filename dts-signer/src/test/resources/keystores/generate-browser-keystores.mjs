// Writes browser-scrypt.json and browser-pbkdf2.json with dts-web's own keystore code (keystore.js),
// so the Java keystore reader is tested against what the browser writes. Run from the repository root
// after `cd dts-web && npm ci`:
//   node dts-signer/src/test/resources/keystores/generate-browser-keystores.mjs
// Each run makes new salts, IVs and UUIDs; the tests only need the password and secret below.
import { writeFileSync } from 'node:fs';
import { encryptKeystore } from '../../../../../dts-web/src/main/js/keystore.js';
import { hexToBytes } from '../../../../../dts-web/src/main/js/hex.js';

const secret = hexToBytes('2b'.repeat(31) + '01');
const password = 'correct horse battery staple';
const here = new URL('./', import.meta.url);
const write = (name, ks) => writeFileSync(new URL(name, here), JSON.stringify(ks, null, 2) + '\n');

write('browser-scrypt.json', await encryptKeystore(secret, password,
  { kdf: { function: 'scrypt', n: 1024, r: 8, p: 1 }, description: 'dts-web keystore.js, scrypt n=1024', path: '' }));
write('browser-pbkdf2.json', await encryptKeystore(secret, password,
  { kdf: { function: 'pbkdf2', c: 2048 }, description: 'dts-web keystore.js, pbkdf2 c=2048' }));
