/**
 * An Open311 API key: issued by a commune's admins to one client application, for POST requests.json.
 * Only the key's SHA-256 is stored (the key itself is shown once, when issued); a client presents
 * "<id>.<secret>", and the id finds the stored hash.
 */
import { communePrefix } from './key-parts.js';

export const OPEN311_KEY_PREFIX = 'O311KEY#';

export const open311KeyKeys = {
  open311KeysPk: (commune: string) => `${communePrefix(commune)}OPEN311KEYS`,
  open311Key: (commune: string, id: string) => ({ pk: `${communePrefix(commune)}OPEN311KEYS`, sk: `${OPEN311_KEY_PREFIX}${id}` }),
};

export interface Open311KeyItem {
  pk: string;
  sk: string;
  type: 'open311-key';
  id: string;
  /** The client application the key was issued to, as the admin named it. */
  application: string;
  /** Hex SHA-256 of the whole key. */
  keyHash: string;
  createdAt: string;
  /** The admin who issued it (Cognito sub), or "local-demo". */
  createdBy: string;
}

export function open311KeyItem(commune: string, f: Omit<Open311KeyItem, 'pk' | 'sk' | 'type'>): Open311KeyItem {
  return { ...open311KeyKeys.open311Key(commune, f.id), type: 'open311-key', ...f };
}

const PRESENTED_KEY = /^([a-z0-9]{4,32})\.([A-Za-z0-9_-]{16,128})$/;
/** The id of a presented key ("<id>.<secret>"), or undefined when it does not have a key's shape. */
export function open311KeyId(presented: string): string | undefined {
  return PRESENTED_KEY.exec(presented)?.[1];
}
