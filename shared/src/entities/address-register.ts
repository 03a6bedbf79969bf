/**
 * A commune's address register (docs/addresses.md): a pointer to the version in use, and that version's records
 * under keys of their own, so that an import writes a whole new version beside the one being read and switches
 * the pointer last — lookups never see half a register. The version is the content's hash: importing the same
 * file again writes the very same records (and, if it is already current, nothing).
 */
import type { CellPoint, RegisterStreet } from '../addresses/address-register.js';
import { communePrefix } from './key-parts.js';

export const ADDRESS_REGISTER_SK: '#CURRENT' = '#CURRENT';

export const addressKeys = {
  /** The pointer to the register in use (one item per commune). */
  addressRegister: (commune: string) => ({ pk: `${communePrefix(commune)}ADDRREG`, sk: ADDRESS_REGISTER_SK }),
  /** One geohash cell's points in one version (sk: the chunk, `#0`, `#1`…). */
  addressCell: (commune: string, version: string, cell: string) => `${communePrefix(commune)}ADDR#${version}#CELL#${cell}`,
  /** The streets of one version whose key starts with `initial` (sk: the key, then the name and postcode). */
  addressStreets: (commune: string, version: string, initial: string) => `${communePrefix(commune)}ADDR#${version}#ST#${initial}`,
};

/** The partition a street's key falls in: its first character (a letter or digit; `_` for an empty key). */
export const streetInitial = (core: string) => core.slice(0, 1) || '_';
/** A street's sort key in its partition: the key first (prefix queries), then what tells same-key streets apart. */
export const streetSortKey = (s: Pick<RegisterStreet, 'core' | 'name' | 'postcode'>) => `${s.core}#${s.name}#${s.postcode}`;

export interface AddressRegisterPointer {
  pk: string;
  sk: typeof ADDRESS_REGISTER_SK;
  type: 'address-register';
  /** The version in use: the first 16 hex digits of the SHA-256 of its points. */
  version: string;
  points: number;
  streets: number;
  importedAt: string;
  /** Who imported it (Cognito sub and name; absent for the demo register written at start-up). */
  importedBy?: { sub: string; name: string };
  /** What the version's records are under, so that the next import can remove them once it has replaced them. */
  cells: string[];
  initials: string[];
}

export interface AddressCellRecord {
  pk: string;
  sk: string;
  type: 'address-cell';
  points: CellPoint[];
}

export interface AddressStreetRecord extends RegisterStreet {
  pk: string;
  sk: string;
  type: 'address-street';
}
