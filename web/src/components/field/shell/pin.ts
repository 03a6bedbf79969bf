/**
 * The PIN that reopens the field app (4 to 6 digits, chosen after the first sign-in), for gloves and shared phones:
 * kept as a salted PBKDF2-SHA-256 hash in the commune's IndexedDB, never the digits. Five wrong tries in a row sign
 * the person out (the caller wipes the phone's copy). The PIN only locks the screen: the session itself is the
 * refresh cookie, which signing out revokes.
 */
import { KEPT_STORE, dbDelete, dbGet, dbPut } from './field-db';

export const PIN_KEY = 'pin';
export const PIN_PATTERN = /^[0-9]{4,6}$/;
export const PIN_MAX_TRIES = 5;
const ITERATIONS = 150_000;

export interface PinRecord {
  /** Whose PIN it is (the token's subject): another person signing in on the phone chooses theirs. */
  owner: string;
  salt: string;
  hash: string;
  iterations: number;
  /** Wrong tries since the last right one. */
  failures: number;
}

const b64 = (bytes: ArrayBuffer | Uint8Array) => btoa(String.fromCharCode(...new Uint8Array(bytes)));
const unb64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, key, 256);
  return b64(bits);
}

export const readPin = (commune: string) => dbGet<PinRecord>(commune, KEPT_STORE, PIN_KEY);

export async function choosePin(commune: string, owner: string, pin: string): Promise<void> {
  if (!PIN_PATTERN.test(pin)) throw new Error('a PIN is 4 to 6 digits');
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const record: PinRecord = { owner, salt: b64(salt), hash: await derive(pin, salt, ITERATIONS), iterations: ITERATIONS, failures: 0 };
  await dbPut(commune, KEPT_STORE, record, PIN_KEY);
}

export type PinCheck = { ok: true } | { ok: false; triesLeft: number };

/** Checks a PIN; a wrong one counts (kept, so reloading the page does not give more tries). */
export async function checkPin(commune: string, pin: string): Promise<PinCheck> {
  const record = await readPin(commune);
  if (!record) return { ok: false, triesLeft: 0 };
  const hash = await derive(pin, unb64(record.salt), record.iterations);
  // Both are base64 of 32 bytes: comparing every character keeps the time the same for any wrong PIN.
  let diff = hash.length ^ record.hash.length;
  for (let i = 0; i < Math.min(hash.length, record.hash.length); i++) diff |= hash.charCodeAt(i) ^ record.hash.charCodeAt(i);
  if (diff === 0) {
    if (record.failures) await dbPut(commune, KEPT_STORE, { ...record, failures: 0 }, PIN_KEY);
    return { ok: true };
  }
  const failures = record.failures + 1;
  await dbPut(commune, KEPT_STORE, { ...record, failures }, PIN_KEY);
  return { ok: false, triesLeft: Math.max(0, PIN_MAX_TRIES - failures) };
}

export const forgetPin = (commune: string) => dbDelete(commune, KEPT_STORE, PIN_KEY);
