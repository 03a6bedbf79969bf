/**
 * POST /api/{commune}/staff/counter/search (docs/counter.md): a citizen at the counter asks about their requests; the
 * agent types their e-mail address or phone number. Read by key from the contact index written with each request
 * (counter/contact-index.ts; for an e-mail also the address's mail-confirmation partition), then each request by
 * key: reports and permit requests with their states, newest first. Drafts stay out (the citizen's own, unsent).
 * A search reads personal data: it is recorded (`contact.personal-data.read`, the contact's hash as the item, never
 * the contact itself) before the answer. A POST so that the address or number stays out of URLs and access logs.
 */
import { CounterSearchInput, type CounterSearchHit, type CounterSearchResult } from '@tandem/shared';
import { json, parseBody, type ApiEvent, type ApiResult } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { requireStaff } from '../lib/staff-auth.js';
import { authorize } from '../lib/authorize.js';
import { auditContext, recordRead } from '../lib/audit.js';
import { getReport } from '../reports/report-store.js';
import { getPermit } from '../permits/permit-store.js';
import { contactHash, requestsOfContact } from './contact-index.js';

/** A citizen's requests are few; past this many, the newest index entries are enough to answer at the counter. */
const MAX_HITS = 100;

export async function searchCitizen(event: ApiEvent): Promise<ApiResult> {
  const reg = await communeFromPath(event);
  const user = await requireStaff(event, reg);
  authorize(user, reg.config, 'POST /api/{commune}/staff/counter/search', 'search');
  const q = parseBody(event, CounterSearchInput);
  const [kind, value] = q.email ? (['email', q.email] as const) : (['phone', q.phone!] as const);
  const commune = reg.config.id;
  const found = (await requestsOfContact(commune, kind, value)).slice(0, MAX_HITS);
  const hits = await Promise.all(
    found.map(async (f): Promise<CounterSearchHit | undefined> => {
      if (f.kind === 'report') {
        const r = await getReport(commune, f.code);
        if (!r) return undefined;
        return {
          kind: 'report',
          code: r.code,
          state: r.state,
          title: r.category,
          createdAt: r.createdAt,
          ...(r.name ? { name: r.name } : {}),
          encoded: Boolean(r.encodedBy),
        };
      }
      const p = await getPermit(commune, f.code);
      if (!p || p.state === 'draft') return undefined;
      return {
        kind: 'permit',
        code: p.code,
        state: p.state,
        title: p.title,
        createdAt: p.submittedAt ?? p.createdAt,
        ...(p.requester.name ? { name: p.requester.name } : {}),
        encoded: Boolean(p.encodedBy),
      };
    }),
  );
  const items = hits.filter((h): h is CounterSearchHit => Boolean(h)).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  // Who looked for whom: the contact's hash (an auditor can hash an address to check), never the contact.
  await recordRead(auditContext(event, reg, user), 'contact.personal-data.read', {
    kind: 'contact',
    id: `${kind}:${contactHash(kind, value).slice(0, 16)}`,
  });
  const body: CounterSearchResult = { items };
  return json(200, body, { 'cache-control': 'no-store' });
}
