/** Per-commune, per-kind, per-year counter behind permit references (EV-2026-0042): an atomic ADD on one item. */
import { communePrefix } from './key-parts.js';

export const permitCounterKeys = {
  permitCounter: (commune: string, prefix: string, year: string) => ({
    pk: `${communePrefix(commune)}COUNTER`,
    sk: `PERMIT#${prefix}#${year}`,
  }),
};

export interface PermitCounterItem {
  pk: string;
  sk: string;
  type: 'counter';
  n: number;
}
