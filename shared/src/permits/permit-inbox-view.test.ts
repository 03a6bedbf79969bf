import { describe, expect, it } from 'vitest';
import { PermitsConfig } from './permit-config.js';
import { defaultPermitInboxView } from './permit-inbox-view.js';

const permits = PermitsConfig.parse({
  event: { handlingDepartment: 'fetes', reviewers: ['police', 'incendie'], reviewersByNeed: { road_closure: ['mobilite'] } },
  occupation: {
    handlingDepartment: 'travaux',
    reviewers: ['police'],
    uses: { container: { fee: { flat: 0 }, reviewers: ['proprete'] } },
  },
});

describe('the permits inbox tab a staff member opens on', () => {
  it('is "to handle" for the handling departments and admins, "my opinions" for reviewers only', () => {
    expect(defaultPermitInboxView({ roles: ['agent'], departments: ['fetes'] }, permits)).toBe('todo');
    expect(defaultPermitInboxView({ roles: ['agent'], departments: ['travaux', 'police'] }, permits)).toBe('todo');
    expect(defaultPermitInboxView({ roles: ['agent'], departments: ['police'] }, permits)).toBe('opinions');
    expect(defaultPermitInboxView({ roles: ['agent'], departments: ['incendie'] }, permits)).toBe('opinions');
    expect(defaultPermitInboxView({ roles: ['agent'], departments: ['mobilite'] }, permits)).toBe('opinions');
    expect(defaultPermitInboxView({ roles: ['agent'], departments: ['proprete'] }, permits)).toBe('opinions');
    expect(defaultPermitInboxView({ roles: ['admin'], departments: ['police'] }, permits)).toBe('todo');
  });
  it('is "to handle" when nothing says otherwise', () => {
    expect(defaultPermitInboxView({ roles: ['agent'], departments: ['culture'] }, permits)).toBe('todo');
    expect(defaultPermitInboxView({ roles: ['agent'], departments: [] }, permits)).toBe('todo');
    expect(defaultPermitInboxView({ roles: ['agent'], departments: ['police'] }, undefined)).toBe('todo');
  });
});
