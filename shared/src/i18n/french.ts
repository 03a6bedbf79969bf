import { fillMessage } from './fill.js';
import { fr, type MessageKey } from './fr.js';

/**
 * A message in French only (authorisations, staff timeline notes, map titles are written in French).
 * Same result as t('fr', …), but a server bundle that imports only this leaves the other three locales out.
 */
export function tFr(key: MessageKey, vars: Record<string, string | number> = {}): string {
  return fillMessage(fr[key], vars);
}
