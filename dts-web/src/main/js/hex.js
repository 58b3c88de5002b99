// Hex as DTS writes it in JSON: lower-case, no 0x. On input a 0x prefix and either case are taken.

const HEX_DIGITS = /^[0-9a-fA-F]*$/;

/** Lower-case hex of `bytes`, without 0x. */
export function bytesToHex(bytes) {
  if (!(bytes instanceof Uint8Array)) throw new TypeError('bytesToHex expects a Uint8Array');
  let hex = '';
  for (const b of bytes) hex += b.toString(16).padStart(2, '0');
  return hex;
}

/** The bytes of `hex` (optional 0x prefix, either case); throws on anything else. */
export function hexToBytes(hex) {
  if (typeof hex !== 'string') throw new TypeError('hexToBytes expects a string');
  const digits = hex.startsWith('0x') || hex.startsWith('0X') ? hex.slice(2) : hex;
  if (digits.length % 2 !== 0 || !HEX_DIGITS.test(digits)) {
    throw new Error('not a hex string: ' + (hex.length > 20 ? hex.slice(0, 20) + '…' : hex));
  }
  const bytes = new Uint8Array(digits.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(digits.substr(2 * i, 2), 16);
  return bytes;
}

/** `value` (Uint8Array or hex) as exactly `length` bytes; `what` names it in the error. */
export function exactBytes(value, length, what) {
  const bytes = value instanceof Uint8Array ? value : hexToBytes(value);
  if (bytes.length !== length) {
    throw new Error(`${what} must be ${length} bytes, got ${bytes.length}`);
  }
  return bytes;
}
