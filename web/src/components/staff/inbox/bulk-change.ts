/**
 * A bulk action on the inbox: the same change sent for each selected report, one request per report with the
 * version the list showed (a report changed meanwhile answers 409 and is listed as failed, never overwritten),
 * each with its own Idempotency-Key. Values a report already has are left out of its request; a state comes
 * after the other fields (its own route, the next version).
 */
import type { StaffReportSummary } from '@tandem/shared/schemas/report';
import type { ReportState } from '@tandem/shared/report-states';
import type { TaskPriority } from '@tandem/shared/work/task-states';
import { uuid } from '../../../lib/api';
import { staffFetch } from '../session';

export interface BulkChange {
  department?: string;
  /** A person's id, or null: nobody. */
  assignee?: string | null;
  priority?: TaskPriority;
  state?: ReportState;
}

export interface BulkFailure {
  code: string;
  error: unknown;
}

/** What one report's PATCH carries: the fields it does not already have (none: no request). */
export function patchFor(r: StaffReportSummary, c: BulkChange): Record<string, unknown> | undefined {
  const body: Record<string, unknown> = {};
  if (c.department && c.department !== r.department) body.department = c.department;
  if (c.assignee !== undefined && c.assignee !== (r.assignee ?? null)) body.assignee = c.assignee;
  if (c.priority && c.priority !== (r.priority ?? 'normal')) body.priority = c.priority;
  return Object.keys(body).length ? body : undefined;
}

async function changeOne(commune: string, r: StaffReportSummary, c: BulkChange): Promise<void> {
  let version = r.version;
  const send = (method: string, rest: string, body: Record<string, unknown>) =>
    staffFetch<{ version: number }>(commune, `staff/reports/${encodeURIComponent(r.code)}${rest}`, {
      method,
      body: JSON.stringify({ ...body, version }),
      headers: { 'idempotency-key': uuid() },
    });
  const patch = patchFor(r, c);
  if (patch) version = (await send('PATCH', '', patch)).version;
  if (c.state && c.state !== r.state) await send('POST', '/transitions', { to: c.state });
}

/** Sends the change for every report, a few at a time; answers those that failed and why. */
export async function applyBulk(commune: string, reports: readonly StaffReportSummary[], c: BulkChange): Promise<BulkFailure[]> {
  const failures: BulkFailure[] = [];
  const queue = [...reports];
  const worker = async () => {
    for (let r = queue.shift(); r; r = queue.shift()) {
      try {
        await changeOne(commune, r, c);
      } catch (error) {
        failures.push({ code: r.code, error });
      }
    }
  };
  await Promise.all([worker(), worker(), worker()]);
  return failures.sort((a, b) => a.code.localeCompare(b.code));
}
