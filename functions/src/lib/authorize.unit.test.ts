import { describe, expect, it } from 'vitest';
import { CommuneConfig } from '@tandem/shared';
import soignies from '../../../infra/communes/soignies.json' with { type: 'json' };
import { authorize, authorizeList } from './authorize.js';
import { HttpError } from './http.js';
import type { StaffUser } from './staff-auth.js';

const commune = CommuneConfig.parse(soignies);
const user = (roles: StaffUser['roles'], departments: string[]): StaffUser => ({ sub: 's', email: 'e', name: 'n', roles, departments });
const agent = user(['agent'], ['travaux']);
const worker = user(['worker'], ['travaux']);
const police = user(['agent'], ['police']);

function refusal(run: () => void): HttpError {
  try {
    run();
  } catch (e) {
    if (e instanceof HttpError) return e;
    throw e;
  }
  throw new Error('not refused');
}

describe('authorize', () => {
  it('lets through what the matrix allows, on the item given', () => {
    expect(() =>
      authorize(agent, commune, 'POST /api/{commune}/staff/reports/{code}/transitions', 'transition', { department: 'travaux' }),
    ).not.toThrow();
    expect(() =>
      authorize(police, commune, 'GET /api/{commune}/staff/permits/{code}', 'read', { department: 'evenements', reviewers: ['police'] }),
    ).not.toThrow();
  });

  it('refuses another department’s item with a 403 that says who may and whose item it is', () => {
    const e = refusal(() =>
      authorize(agent, commune, 'POST /api/{commune}/staff/reports/{code}/transitions', 'transition', { department: 'mobilite' }),
    );
    expect(e.status).toBe(403);
    expect(e.message).toBe(
      'only agents of the department it belongs to, admins may change a report\'s state (this one belongs to the department "mobilite")',
    );
    expect(e.extra).toEqual({ action: 'transition' });
  });

  it('refuses a role the action is not for, even before an item is known', () => {
    const e = refusal(() => authorize(worker, commune, 'POST /api/{commune}/staff/map/items', 'create'));
    expect(e.status).toBe(403);
    expect(e.message).toBe('only agents of the department it belongs to, admins may publish a map item');
    expect(refusal(() => authorize(police, commune, 'POST /api/{commune}/staff/map/items', 'create')).status).toBe(403);
    expect(refusal(() => authorize(agent, commune, 'DELETE /api/{commune}/staff/open311/keys/{id}', 'manage')).message).toBe(
      'only admins may revoke an Open311 key',
    );
  });

  it('scopes a list, or refuses it', () => {
    expect(authorizeList(worker, commune, 'GET /api/{commune}/staff/reports', 'list')).toEqual(['travaux']);
    expect(authorizeList(agent, commune, 'GET /api/{commune}/staff/reports', 'list')).toBe('any');
    expect(refusal(() => authorizeList(worker, commune, 'GET /api/{commune}/staff/permits', 'list')).status).toBe(403);
  });
});
