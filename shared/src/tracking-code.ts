/** Crockford base32 without I, L, O, U: easy to read aloud and type on a phone. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const TRACKING_CODE_PATTERN = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

function randomBelow(max: number): number {
  const buf = new Uint32Array(1);
  globalThis.crypto.getRandomValues(buf);
  return buf[0] % max; // 2^32 is a multiple of 32: no modulo bias
}

export function newTrackingCode(rand: (max: number) => number = randomBelow): string {
  let s = '';
  for (let i = 0; i < 8; i++) s += ALPHABET[rand(ALPHABET.length)];
  return `${s.slice(0, 4)}-${s.slice(4)}`;
}

/** Accepts lower case, spaces and the usual look-alikes (O→0, I/L→1) and returns the canonical code. */
export function normaliseTrackingCode(input: string): string {
  const raw = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return raw.length === 8 ? `${raw.slice(0, 4)}-${raw.slice(4)}` : raw;
}
