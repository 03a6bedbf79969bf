/**
 * POST /api/{commune}/staff/counter/permits (docs/counter.md): an agent files a permit request for a citizen who came
 * to the counter, phoned or wrote. The permit form's body, always submitted, with the channel; the engine's rules as
 * online (permits/file-permit.ts). The requester's name is required, the e-mail optional: without one nothing is ever
 * mailed (the notifier finds no address); with one, its owner gets the fixed-text confirmation mail before any
 * other, as online. No private key in the answer: the citizen follows the request by its code (the key still
 * exists, and reaches the citizen in the mails once the address is confirmed). Marked `encodedBy` and on its first
 * timeline item; `permit.counter` in the audit log, in the request's transaction.
 */
import { CounterPermitInput, type CounterFiled } from '@tandem/shared';
import { header, json, parseBody, type ApiEvent, type ApiResult } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { requestHash } from '../lib/idempotency.js';
import { requireStaff } from '../lib/staff-auth.js';
import { authorize } from '../lib/authorize.js';
import { auditContext, auditEntry } from '../lib/audit.js';
import { filePermit } from '../permits/file-permit.js';
import { trackingUrl } from './counter-report.js';

export async function createCounterPermit(event: ApiEvent): Promise<ApiResult> {
  const reg = await communeFromPath(event);
  const user = await requireStaff(event, reg);
  authorize(user, reg.config, 'POST /api/{commune}/staff/counter/permits', 'encode');
  const body = parseBody(event, CounterPermitInput);
  const mark = { sub: user.sub, name: user.name, channel: body.channel };
  const filed = await filePermit(
    reg,
    {
      kind: body.kind,
      details: body.details,
      requester: { ...body.requester, email: body.requester.email ?? '' },
      locale: body.locale,
      submit: true,
    },
    {
      idempotencyKey: header(event, 'idempotency-key'),
      // The agent is part of the request: the same key from two agents is two requests.
      hash: requestHash(event.routeKey, reg.config.id, body, user.sub),
      counter: mark,
      audit: (code, at) => auditEntry(auditContext(event, reg, user), at, 'permit.counter', { kind: 'permit', id: code }, body.channel),
    },
  );
  const p = filed.permit;
  const out: CounterFiled = {
    kind: 'permit',
    code: filed.code,
    state: filed.state,
    trackingUrl: trackingUrl(reg, 'permit', filed.code),
    createdAt: p?.submittedAt ?? p?.createdAt ?? '',
    channel: p?.encodedBy?.channel ?? body.channel,
    encodedBy: p?.encodedBy?.name ?? user.name,
    emailGiven: Boolean(p?.requester.email),
  };
  const location = `/api/${reg.config.id}/staff/permits/${filed.code}`;
  return json(filed.created ? 201 : 200, out, filed.created ? { location } : { 'idempotent-replayed': 'true' });
}
