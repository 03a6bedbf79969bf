import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import soignies from '../../infra/communes/soignies.json' with { type: 'json' };
import braine from '../../infra/communes/braine-le-comte.json' with { type: 'json' };
import { CommuneConfig } from './commune-config.js';
import { ROUTES } from './routes.js';
import { hatsOf, listScope, MATRIX_ROLES, matrixLines, mayDo, ROLE_MATRIX, whoMay, type StaffActor } from './role-matrix.js';
import { STAFF_SCREEN_ROLES } from './staff-screens.js';

const commune = CommuneConfig.parse(soignies);
const agent: StaffActor = { roles: ['agent'], departments: ['travaux', 'environnement'] };
const police: StaffActor = { roles: ['agent'], departments: ['police'] };
const worker: StaffActor = { roles: ['worker'], departments: ['travaux'] };
const admin: StaffActor = { roles: ['admin'], departments: [] };

describe('the role matrix', () => {
  it('has a line for every staff route of the route table, and for nothing else', () => {
    const staffRoutes = ROUTES.filter((r) => r.auth === 'staff').map((r) => `${r.method} ${r.path}`);
    expect(Object.keys(ROLE_MATRIX).sort()).toEqual([...staffRoutes].sort());
    for (const { rule } of matrixLines()) expect(rule.admin).toBe('any');
  });

  it('is written out in docs/roles.md, every route and action with the scope of each role', () => {
    const doc = readFileSync(new URL('../../docs/roles.md', import.meta.url), 'utf8');
    for (const { route, action, rule } of matrixLines()) {
      const row = doc.split('\n').find((l) => l.startsWith(`| \`${route}\` ${action} |`));
      expect(row, `${route} ${action}`).toBeDefined();
      const cells = row!
        .split('|')
        .slice(-5, -1)
        .map((c) => c.trim());
      expect(cells, `${route} ${action}`).toEqual(MATRIX_ROLES.map((r) => rule[r] ?? '–'));
    }
  });

  it('splits an agent into the agent of ordinary departments and the reviewer of review-only ones', () => {
    expect(hatsOf(agent, commune)).toEqual([{ role: 'agent', departments: ['travaux', 'environnement'] }]);
    expect(hatsOf(police, commune)).toEqual([{ role: 'reviewer', departments: ['police'] }]);
    expect(hatsOf({ roles: ['agent'], departments: ['mobilite', 'police'] }, commune)).toEqual([
      { role: 'agent', departments: ['mobilite'] },
      { role: 'reviewer', departments: ['police'] },
    ]);
    expect(hatsOf({ roles: ['agent'], departments: [] }, commune)).toEqual([{ role: 'agent', departments: [] }]);
    expect(hatsOf({ roles: [], departments: ['travaux'] }, commune)).toEqual([]);
  });

  it('lets a department change its own reports only, and everyone on the staff read them', () => {
    const transition = (a: StaffActor, department: string) =>
      mayDo(a, commune, 'POST /api/{commune}/staff/reports/{code}/transitions', 'transition', { department });
    expect(transition(agent, 'travaux')).toBe(true);
    expect(transition(agent, 'mobilite')).toBe(false);
    expect(transition(police, 'travaux')).toBe(false);
    expect(transition(worker, 'travaux')).toBe(false);
    expect(transition(admin, 'mobilite')).toBe(true);
    const note = (a: StaffActor) =>
      mayDo(a, commune, 'POST /api/{commune}/staff/reports/{code}/updates', 'privateNote', { department: 'mobilite' });
    expect([agent, police, worker, admin].map(note)).toEqual([true, false, false, true]);
    const read = (a: StaffActor, department: string) =>
      mayDo(a, commune, 'GET /api/{commune}/staff/reports/{code}', 'read', { department });
    expect(read(worker, 'travaux')).toBe(true);
    expect(read(worker, 'mobilite')).toBe(false);
    expect(read(police, 'mobilite')).toBe(true);
  });

  it('gives reporters’ e-mail and name to agents and admins, never to workers nor reviewers', () => {
    const personal = (a: StaffActor) =>
      mayDo(a, commune, 'GET /api/{commune}/staff/reports/{code}', 'personalData', { department: 'travaux' });
    expect([agent, police, worker, admin].map(personal)).toEqual([true, false, false, true]);
  });

  it('lets reviewers read what they review and give their own opinion, but not decide', () => {
    const permit = { department: 'evenements', reviewers: ['police', 'secours'] };
    expect(mayDo(police, commune, 'GET /api/{commune}/staff/permits/{code}', 'read', permit)).toBe(true);
    expect(mayDo(police, commune, 'GET /api/{commune}/staff/permits/{code}', 'read', { department: 'travaux', reviewers: [] })).toBe(false);
    expect(mayDo(police, commune, 'POST /api/{commune}/staff/permits/{code}/transitions', 'transition', permit)).toBe(false);
    expect(mayDo(police, commune, 'POST /api/{commune}/staff/permits/{code}/updates', 'privateNote', permit)).toBe(true);
    expect(mayDo(police, commune, 'POST /api/{commune}/staff/permits/{code}/updates', 'publicUpdate', permit)).toBe(false);
    const opinion = (a: StaffActor, department: string) =>
      mayDo(a, commune, 'POST /api/{commune}/staff/permits/{code}/opinions/{department}', 'opinion', { department });
    expect(opinion(police, 'police')).toBe(true);
    expect(opinion(police, 'secours')).toBe(false);
    expect(opinion(admin, 'secours')).toBe(true);
    expect(mayDo(agent, commune, 'GET /api/{commune}/staff/permits/{code}', 'read', permit)).toBe(false);
  });

  it('lets the owning department publish, edit and delete map items, and no reviewer publish at all', () => {
    const create = (a: StaffActor, department?: string) =>
      mayDo(a, commune, 'POST /api/{commune}/staff/map/items', 'create', department ? { department } : undefined);
    expect(create(agent)).toBe(true);
    expect(create(agent, 'travaux')).toBe(true);
    expect(create(agent, 'mobilite')).toBe(false);
    expect(create(police)).toBe(false);
    expect(create(police, 'police')).toBe(false);
    expect(create(worker)).toBe(false);
    expect(create(admin, 'mobilite')).toBe(true);
    // An item with no owner (published before owners): admins only.
    expect(mayDo(agent, commune, 'DELETE /api/{commune}/staff/map/items/{id}', 'delete', {})).toBe(false);
    expect(mayDo(admin, commune, 'DELETE /api/{commune}/staff/map/items/{id}', 'delete', {})).toBe(true);
  });

  it('keeps the commune’s settings to admins', () => {
    for (const a of [agent, police, worker]) expect(mayDo(a, commune, 'POST /api/{commune}/staff/open311/keys', 'manage')).toBe(false);
    expect(mayDo(admin, commune, 'POST /api/{commune}/staff/open311/keys', 'manage')).toBe(true);
  });

  it('scopes lists: a worker’s departments, everything for agents and admins', () => {
    expect(listScope(worker, commune, 'GET /api/{commune}/staff/reports', 'list')).toEqual(['travaux']);
    expect(listScope(agent, commune, 'GET /api/{commune}/staff/reports', 'list')).toBe('any');
    expect(listScope(police, commune, 'GET /api/{commune}/staff/permits', 'list')).toEqual(['police']);
    expect(listScope(worker, commune, 'GET /api/{commune}/staff/permits', 'list')).toEqual([]);
  });

  it('says who may, in words', () => {
    expect(whoMay(ROLE_MATRIX['POST /api/{commune}/staff/map/items'].create)).toBe('agents of the department it belongs to, admins');
  });

  it('opens the screens to the roles that may list their items, the team and the audit log to admins', () => {
    expect(STAFF_SCREEN_ROLES).toEqual({
      reports: ['worker', 'agent', 'admin'],
      permits: ['agent', 'admin'],
      map: ['agent', 'admin'],
      projects: ['agent', 'admin'],
      tasks: ['worker', 'agent', 'admin'],
      stats: ['agent', 'admin'],
      team: ['admin'],
      audit: ['admin'],
      notifications: ['worker', 'agent', 'admin'],
      counter: ['agent', 'admin'],
      addresses: ['admin'],
      news: ['agent', 'admin'],
      appointments: ['agent', 'admin'],
      collections: ['agent', 'admin'],
    });
  });

  it('gives no report category nor permit kind to a review-only department', () => {
    for (const raw of [soignies, braine]) {
      const c = CommuneConfig.parse(raw);
      const reviewOnly = new Set(c.departments.filter((d) => d.reviewOnly).map((d) => d.code));
      expect([...reviewOnly].sort()).toEqual(['police', 'secours']);
      for (const cat of c.categories) expect(reviewOnly.has(cat.department)).toBe(false);
      for (const kind of [c.permits?.event, c.permits?.occupation]) expect(reviewOnly.has(kind?.handlingDepartment ?? '')).toBe(false);
    }
  });
});
