import { describe, expect, it } from 'vitest';
import { accessStatements, isAllowed, type DeploymentArns } from '../access-policy.js';
import { API_FUNCTIONS } from '../routes.js';
import { keys } from '../table.js';
import { AUDIT_RETENTION_YEARS_DEFAULT, auditMonthOf, auditMonthOfPk, newAuditEntry } from './audit-entry.js';

const fields = {
  commune: 'soignies',
  action: 'report.transition' as const,
  actorSub: 'sub-1',
  actorEmail: 'agent@soignies.example',
  actorName: 'Agent',
  itemKind: 'report' as const,
  itemId: 'ABCD-1234',
  route: 'POST /api/{commune}/staff/reports/{code}/transitions',
  requestId: 'r1',
};

describe('audit entries', () => {
  it('live in the commune’s partition of the Brussels month, sorted by instant', () => {
    // 00:30 on 1 January in Brussels is still 31 December in UTC: the entry belongs to January.
    const e = newAuditEntry({ ...fields, at: '2026-12-31T23:30:00.000Z' });
    expect(e.pk).toBe(keys.auditMonthPk('soignies', '2027-01'));
    expect(e.pk.startsWith('C#soignies#')).toBe(true);
    expect(e.sk.startsWith('2026-12-31T23:30:00.000Z#')).toBe(true);
    expect(auditMonthOf('2026-03-31T22:30:00Z')).toBe('2026-04');
    expect(auditMonthOf('2026-03-31T21:30:00Z')).toBe('2026-03');
    expect(auditMonthOfPk('soignies', e.pk)).toBe('2027-01');
    expect(auditMonthOfPk('braine-le-comte', e.pk)).toBeUndefined();
    expect(auditMonthOfPk('soignies', 'C#soignies#AUDIT#2027-13')).toBeUndefined();
  });

  it('two entries of one instant both land, and each expires after the retention', () => {
    const at = '2026-12-01T10:00:00.000Z';
    const a = newAuditEntry({ ...fields, at });
    const b = newAuditEntry({ ...fields, at });
    expect(a.sk).not.toBe(b.sk);
    expect(a.expiresAt).toBe(Date.parse(`${2026 + AUDIT_RETENTION_YEARS_DEFAULT}-12-01T10:00:00.000Z`) / 1000);
    expect(newAuditEntry({ ...fields, at }, 10).expiresAt).toBe(Date.parse('2036-12-01T10:00:00.000Z') / 1000);
  });
});

describe('who may write the audit log', () => {
  const arns: DeploymentArns = {
    table: 'arn:aws:dynamodb:eu-west-1:1:table/t',
    bucket: 'arn:aws:s3:::b',
    bus: 'arn:aws:events:eu-west-1:1:event-bus/bus',
    userPools: 'arn:aws:cognito-idp:eu-west-1:1:userpool/*',
    mailIdentities: 'arn:aws:ses:eu-west-1:1:identity/*',
  };
  // The tenant role's statements, on an audit key of the commune the session serves.
  const can = (fn: keyof typeof API_FUNCTIONS, action: string) =>
    isAllowed(
      accessStatements(API_FUNCTIONS[fn]).tenant,
      { action, resource: arns.table, leadingKeys: ['C#soignies#AUDIT#2026-12'] },
      arns,
      undefined,
      { commune: 'soignies' },
    );

  it('functions that only read but record reads of personal data may put, never update or delete', () => {
    for (const fn of ['staff/get-staff-report', 'permits/get-staff-permit'] as const) {
      expect(can(fn, 'dynamodb:PutItem'), fn).toBe(true);
      expect(can(fn, 'dynamodb:UpdateItem'), fn).toBe(false);
      expect(can(fn, 'dynamodb:DeleteItem'), fn).toBe(false);
      expect(can(fn, 'dynamodb:BatchWriteItem'), fn).toBe(false);
    }
  });

  it('the function that reads the log for admins cannot change it', () => {
    for (const action of ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'])
      expect(can('staff/audit-log', action), action).toBe(false);
    expect(can('staff/audit-log', 'dynamodb:Query')).toBe(true);
  });
});
