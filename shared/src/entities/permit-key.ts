/**
 * The requester's private key lives in an item of its own, in the permit's partition, so that no view can
 * carry it by mistake; the notifier reads it to put the private link in the requester's mails.
 */
import { permitKeys } from './permit.js';

export const PERMIT_KEY_SK: '#KEY' = '#KEY';

export const permitKeyKeys = {
  permitKey: (commune: string, code: string) => ({ pk: permitKeys.permitPk(commune, code), sk: PERMIT_KEY_SK }),
};

export interface PermitKeyItem {
  pk: string;
  sk: typeof PERMIT_KEY_SK;
  type: 'permit-key';
  key: string;
  /** A draft's key expires with it. */
  expiresAt?: number;
}

export function permitKeyItem(p: { commune: string; code: string; expiresAt?: number }, key: string): PermitKeyItem {
  return { ...permitKeyKeys.permitKey(p.commune, p.code), type: 'permit-key', key, ...(p.expiresAt ? { expiresAt: p.expiresAt } : {}) };
}
