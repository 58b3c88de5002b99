// Test data shared with the Java side, read from the repository's resource folders.
import { readFileSync } from 'node:fs';

const WEB_VECTORS = new URL('../resources/vectors/', import.meta.url);
// The Ethereum consensus BLS vectors live once, with the dts-core crypto tests that also run them.
const ETH_BLS = new URL('../../../../dts-core/src/test/resources/vectors/eth-bls/', import.meta.url);

export function webVectorText(name) {
  return readFileSync(new URL(name, WEB_VECTORS), 'utf8');
}

export function webVector(name) {
  return JSON.parse(webVectorText(name));
}

export function ethBlsCases(category) {
  return JSON.parse(readFileSync(new URL(category + '.json', ETH_BLS), 'utf8')).cases;
}
