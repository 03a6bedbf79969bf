/**
 * « Une copie de mes données » and « effacer mes coordonnées de mes demandes » for a signed-in citizen
 * (docs/citizen-space.md). Both go through the privacy functions (privacy/personal-data-store.ts and
 * personal-data-copy.ts, docs/privacy.md), which find a request by its code and say whether it was filed with an
 * address: the account's entries give the codes, and the same rules apply as to a privacy request made with the
 * account's (verified) address — a request filed with another address is neither copied nor erased here.
 */
import {
  type CitizenRequestItem,
  type CommuneRegistration,
  type EraseMyRequestsResult,
  type MyDataCopy,
  retentionMonthsOf,
} from '@tandem/shared';
import type { Citizen } from '../lib/citizen-auth.js';
import { clock } from '../lib/clock.js';
import { conflict } from '../lib/http.js';
import { personalDataCopy } from '../privacy/personal-data-copy.js';
import { emailMatches, erasePersonalData, findRequest, itemOf, type PersonRequest } from '../privacy/personal-data-store.js';
import { accountEntries } from './account-data.js';
import { citizenPreferences } from './citizen-profile-store.js';

interface Linked {
  entry: CitizenRequestItem;
  found: PersonRequest;
}

/**
 * Whether a request named by an entry is the account's: filed signed in (it carries the account), or attached
 * (proved with a code mailed to the address it was filed with: the account's). Anything else is left out.
 */
function isAccountRequest({ entry, found }: Linked, citizen: Citizen): boolean {
  return (
    itemOf(found).account === citizen.sub || (entry.via === 'attached' && Boolean(citizen.email) && emailMatches(found, citizen.email))
  );
}

/** The account's requests as they are now (erased drafts and expired ones are gone). */
async function linkedRequests(commune: string, citizen: Citizen): Promise<Linked[]> {
  const out: Linked[] = [];
  for (const entry of await accountEntries(commune, citizen.sub)) {
    const found = await findRequest(commune, entry.code, entry.kind === 'report' ? 'REPORT' : 'PERMIT');
    if (found && isAccountRequest({ entry, found }, citizen)) out.push({ entry, found });
  }
  return out;
}

export async function myDataCopy(reg: CommuneRegistration, citizen: Citizen): Promise<MyDataCopy> {
  const commune = reg.config.id;
  const at = clock.iso();
  const [prefs, linked] = await Promise.all([citizenPreferences(commune, citizen.sub), linkedRequests(commune, citizen)]);
  const retention = retentionMonthsOf(reg.config);
  return {
    commune,
    exportedAt: at,
    account: { email: citizen.email, preferences: { mails: prefs.mails, locale: prefs.locale }, requests: linked.length },
    requests: linked.map((l) => personalDataCopy(l.found, retention, at)),
  };
}

/**
 * Erases, as a privacy request does (contact fields, the person's own words; the public timeline stays), every
 * linked request filed with the account's address, in whatever state (as /privacy/erasure: the person's right does
 * not wait for the request to close). Idempotent: asked again, everything is `alreadyErased`.
 */
export async function eraseMyRequests(reg: CommuneRegistration, citizen: Citizen): Promise<EraseMyRequestsResult> {
  const commune = reg.config.id;
  const result: EraseMyRequestsResult = { erased: [], alreadyErased: [], otherAddress: [] };
  for (const { entry } of await linkedRequests(commune, citizen)) {
    result[await eraseOne(commune, entry, citizen.email)].push(entry.code);
  }
  return result;
}

async function eraseOne(commune: string, entry: CitizenRequestItem, email: string): Promise<keyof EraseMyRequestsResult> {
  // A staff change may land between the read and the write: read again, a few times (as privacy-requests.ts).
  for (let attempt = 0; attempt < 3; attempt++) {
    const found = await findRequest(commune, entry.code, entry.kind === 'report' ? 'REPORT' : 'PERMIT');
    const item = found && itemOf(found);
    if (!found || !item) return 'alreadyErased';
    if (item.personalDataErasedOnRequest && item.personalDataErasedAt) return 'alreadyErased';
    if (!emailMatches(found, email)) return 'otherAddress';
    if ((await erasePersonalData(found, { at: clock.iso(), onRequest: true })) === 'applied') return 'erased';
  }
  throw conflict('a request kept changing while being erased; try again');
}
