/** Registers the commune's field worker (/{commune}/terrain/sw.js, scope /{commune}/terrain/), built by web/integrations/field-sw.ts. */
import { FIELD_SW_FILE, fieldAppPath } from '@tandem/shared/field/field-site';

export async function registerFieldWorker(commune: string): Promise<ServiceWorkerRegistration | undefined> {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return undefined;
  try {
    const scope = fieldAppPath(commune);
    // updateViaCache 'none': the worker's checks never read the HTTP cache (the file is served no-cache anyway).
    return await navigator.serviceWorker.register(`${scope}${FIELD_SW_FILE}`, { scope, updateViaCache: 'none' });
  } catch {
    // Refused (private mode, http on another host than localhost): the app works online without it.
    return undefined;
  }
}
