/**
 * POST /api/{commune}/staff/counter/reports (docs/counter.md): an agent files a report for a citizen who came to the
 * counter, phoned or wrote. The public form's body and checks (create-report-service.ts: category, questions,
 * boundary, photos, one transaction, Idempotency-Key) with the channel and the contact the citizen gave, if any:
 * anonymous, or a name with any of e-mail, phone, postal address. No confirmation of the filing (the agent vouches);
 * an e-mail address still gets the fixed-text confirmation mail before any other (the notifiers' usual gate, since the
 * report carries the address). Marked `encodedBy` and on its first timeline item; `report.counter` in the audit log,
 * in the report's transaction.
 */
import { CounterReportInput, requestTrackingPath, type CommuneRegistration, type CounterFiled } from '@tandem/shared';
import { header, json, parseBody, unprocessable, type ApiEvent, type ApiResult } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { env } from '../lib/aws.js';
import { requireStaff } from '../lib/staff-auth.js';
import { authorize } from '../lib/authorize.js';
import { auditContext, auditEntry } from '../lib/audit.js';
import { createReport } from '../reports/create-report-service.js';

/** Anonymous, or a name first: a contact without a name is refused, naming `name`. */
export function checkCounterContact(c: { name?: string; email?: string; phone?: string; postalAddress?: string }): void {
  if (!c.name?.trim() && (c.email || c.phone || c.postalAddress)) {
    throw unprocessable('a contact needs a name (or give none: an anonymous request)', [
      { name: 'name', reason: 'required with an e-mail address, a phone number or a postal address' },
    ]);
  }
}

/** The public tracking page of a request (the receipt's QR code): the confirmation mail's link. */
export const trackingUrl = (reg: CommuneRegistration, kind: 'report' | 'permit', code: string) =>
  `${env().publicBaseUrl}${requestTrackingPath(reg.config.id, kind, code)}`;

export async function createCounterReport(event: ApiEvent): Promise<ApiResult> {
  const reg = await communeFromPath(event);
  const user = await requireStaff(event, reg);
  authorize(user, reg.config, 'POST /api/{commune}/staff/counter/reports', 'encode');
  const { channel, phone, postalAddress, ...input } = parseBody(event, CounterReportInput);
  checkCounterContact({ ...input, phone, postalAddress });
  const mark = { sub: user.sub, name: user.name, channel };
  const { report, created } = await createReport(reg, input, {
    idempotencyKey: header(event, 'idempotency-key'),
    source: 'counter',
    counter: { mark, ...(phone ? { phone } : {}), ...(postalAddress ? { postalAddress } : {}) },
    audit: (code, at) => auditEntry(auditContext(event, reg, user), at, 'report.counter', { kind: 'report', id: code }, channel),
  });
  const body: CounterFiled = {
    kind: 'report',
    code: report.code,
    state: report.state,
    trackingUrl: trackingUrl(reg, 'report', report.code),
    createdAt: report.createdAt,
    channel: report.encodedBy?.channel ?? channel,
    encodedBy: report.encodedBy?.name ?? user.name,
    emailGiven: Boolean(report.email),
  };
  const location = `/api/${reg.config.id}/staff/reports/${report.code}`;
  return json(created ? 201 : 200, body, created ? { location } : { 'idempotent-replayed': 'true' });
}
