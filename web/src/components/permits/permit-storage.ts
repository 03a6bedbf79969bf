/**
 * What the browser keeps about permit requests: the private key of each request (so that the tracking page
 * opens the requester's view on this device) and the form being filled in (autosaved on every change).
 */
export const keyStorageKey = (commune: string, code: string) => `tandem.permit.${commune}.${code}`;
export const draftStorageKey = (commune: string, kind: string) => `tandem.permit.${commune}.draft.${kind}`;

function read(k: string): string | undefined {
  try {
    return localStorage.getItem(k) ?? undefined;
  } catch {
    return undefined; // storage disabled (private mode): the form still works, it just forgets
  }
}
function write(k: string, v: string | undefined): void {
  try {
    if (v === undefined) localStorage.removeItem(k);
    else localStorage.setItem(k, v);
  } catch {
    /* full or disabled */
  }
}

export function rememberKey(commune: string, code: string, key: string): void {
  write(keyStorageKey(commune, code), key);
}
export function storedKey(commune: string, code: string): string | undefined {
  return read(keyStorageKey(commune, code));
}
export function forgetKey(commune: string, code: string): void {
  write(keyStorageKey(commune, code), undefined);
}

export function loadJson<T>(k: string): T | undefined {
  const raw = read(k);
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return undefined;
  }
}
export function saveJson(k: string, v: unknown): void {
  write(k, v === undefined ? undefined : JSON.stringify(v));
}

/** The requester's private link: the key rides in the fragment, which browsers never send to the server. */
export function privateLink(commune: string, code: string, key: string): string {
  return `/${commune}/demandes/suivi/${code}/#cle=${encodeURIComponent(key)}`;
}
export function publicLink(commune: string, code: string): string {
  return `/${commune}/demandes/suivi/${code}/`;
}

/** The header carrying the private key (the shared constant's value, without loading the API schemas here). */
export const KEY_HEADER: typeof import('@tandem/shared/permits/permit-api').REQUESTER_KEY_HEADER = 'x-permit-key';
