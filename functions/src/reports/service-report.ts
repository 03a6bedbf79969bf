/**
 * POST /api/{commune}/staff/reports: what a member of the staff saw in the field (the field app's « Signaler »: a
 * photo, a category, the GPS position) becomes a report « signalé par le service » — filed as the public form files
 * one (create-report-service.ts: category, boundary, photos checked and moved, one transaction, Idempotency-Key), new
 * in the inbox, with the staff member and their department as `reportedBy` (staff views only) and `source: 'service'`.
 * No e-mail address, so no confirmation and no mail to anyone; the category's questions are not asked. The audit
 * entry (`report.service`) is written in the report's transaction.
 */
import { findCategory, inBoundary, type CommuneRegistration } from '@tandem/shared';
import { ServiceReportInput, type ServiceReportCreated } from '@tandem/shared/field/field-api';
import { header, json, parseBody, unprocessable, type ApiEvent, type ApiResult } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { requireStaff, type StaffUser } from '../lib/staff-auth.js';
import { authorize } from '../lib/authorize.js';
import { auditContext, auditEntry } from '../lib/audit.js';
import { createReport } from './create-report-service.js';

/** The checks the public form's are named for its fields (`category`, `location`), named here for this body's. */
function checkServiceReport(reg: CommuneRegistration, input: ServiceReportInput): void {
  const bad: { name: string; reason: string }[] = [];
  if (!findCategory(reg.config, input.category))
    bad.push({ name: 'category', reason: `no category "${input.category}" in ${reg.config.id}` });
  if (!inBoundary({ lat: input.lat, lng: input.lng }, reg.config.map.boundary))
    for (const name of ['lat', 'lng']) bad.push({ name, reason: `this position is outside ${reg.config.name}` });
  if (bad.length) throw unprocessable('this report cannot be filed as it is', bad);
}

/** The staff member's department for the report: the first of theirs that the commune has. */
const departmentOf = (reg: CommuneRegistration, user: StaffUser) =>
  user.departments.find((d) => reg.config.departments.some((c) => c.code === d));

export async function createServiceReport(event: ApiEvent): Promise<ApiResult> {
  const reg = await communeFromPath(event);
  const user = await requireStaff(event, reg);
  authorize(user, reg.config, 'POST /api/{commune}/staff/reports', 'create');
  const input = parseBody(event, ServiceReportInput);
  checkServiceReport(reg, input);
  const department = departmentOf(reg, user);
  const { report, created } = await createReport(
    reg,
    {
      category: input.category,
      location: { lat: input.lat, lng: input.lng },
      description: input.description,
      answers: {},
      photos: input.photos,
      locale: 'fr',
    },
    {
      idempotencyKey: header(event, 'idempotency-key'),
      source: 'service',
      reporter: { sub: user.sub, name: user.name, ...(department ? { department } : {}) },
      audit: (code, at) => auditEntry(auditContext(event, reg, user), at, 'report.service', { kind: 'report', id: code }),
    },
  );
  const body: ServiceReportCreated = {
    code: report.code,
    state: report.state,
    category: report.category,
    department: report.department,
    createdAt: report.createdAt,
    photos: report.photos.length,
  };
  const location = `/api/${reg.config.id}/staff/reports/${report.code}`;
  return json(created ? 201 : 200, body, created ? { location } : { 'idempotent-replayed': 'true' });
}
