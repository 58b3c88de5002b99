// The browser's copy of a signer's key: only the encrypted EIP-2335 keystore is ever stored, in
// localStorage under "dts.keystore.<username>".

const PREFIX = 'dts.keystore.';

/** Stores `keystore` (an encrypted EIP-2335 object or its JSON) for `username`. */
export function saveKeystore(username, keystore) {
  const ks = typeof keystore === 'string' ? JSON.parse(keystore) : keystore;
  // A guard against storing anything but ciphertext by mistake (a raw key, a bare hex string).
  if (typeof ks !== 'object' || ks === null || ks.version !== 4 || typeof ks.crypto?.cipher?.message !== 'string') {
    throw new Error('only an encrypted EIP-2335 keystore can be saved');
  }
  storage().setItem(key(username), JSON.stringify(ks));
}

/** The keystore saved for `username`, or null. */
export function loadKeystore(username) {
  const text = storage().getItem(key(username));
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Removes the keystore saved for `username`, if any. */
export function forgetKeystore(username) {
  storage().removeItem(key(username));
}

function key(username) {
  if (typeof username !== 'string' || username === '') throw new Error('a username is required');
  return PREFIX + username;
}

function storage() {
  if (typeof globalThis.localStorage === 'undefined') throw new Error('localStorage is not available');
  return globalThis.localStorage;
}
