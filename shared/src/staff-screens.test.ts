import { describe, expect, it } from 'vitest';
import { canOpenStaffScreen, STAFF_SCREENS, staffDepartmentsOf, staffRolesOf } from './staff-screens.js';

describe('which staff screens a role opens', () => {
  it('reads the roles and departments from the token’s groups', () => {
    expect(staffRolesOf(['workers', 'dept-travaux'])).toEqual(['worker']);
    expect(staffRolesOf(['admins', 'agents'])).toEqual(['agent', 'admin']);
    expect(staffRolesOf(undefined)).toEqual([]);
    expect(staffRolesOf('agents')).toEqual([]);
    expect(staffDepartmentsOf(['agents', 'dept-police', 7])).toEqual(['police']);
  });
  it('opens the reports and tasks to workers, permits, map items, projects and statistics to agents and admins, the team, the audit log and the address register to admins only', () => {
    const opens = (groups: string[]) => STAFF_SCREENS.filter((s) => canOpenStaffScreen(s, staffRolesOf(groups)));
    expect(opens(['workers', 'dept-travaux'])).toEqual(['reports', 'tasks', 'notifications']);
    expect(opens(['agents', 'dept-police'])).toEqual([
      'reports',
      'permits',
      'map',
      'projects',
      'tasks',
      'stats',
      'notifications',
      'counter',
      'news',
      'appointments',
      'collections',
    ]);
    expect(opens(['admins'])).toEqual([
      'reports',
      'permits',
      'map',
      'projects',
      'tasks',
      'stats',
      'team',
      'audit',
      'notifications',
      'counter',
      'addresses',
      'news',
      'appointments',
      'collections',
    ]);
    expect(opens([])).toEqual([]);
  });
});
