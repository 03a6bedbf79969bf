import type { PermitStatesKey } from './fr.js';
export const permitStatesEn: Record<PermitStatesKey, string> = {
  'permit.state.draft': 'Draft',
  'permit.state.submitted': 'Request submitted',
  'permit.state.incomplete': 'Information requested',
  'permit.state.under_review': 'Under review',
  'permit.state.opinions': 'Departments’ opinions',
  'permit.state.approved': 'Approved',
  'permit.state.approved_with_conditions': 'Approved with conditions',
  'permit.state.refused': 'Refused',
  'permit.state.changes_requested': 'Changes requested',
  'permit.state.issued': 'Authorisation issued',
  'permit.state.active': 'In progress',
  'permit.state.ended': 'Ended',
  'permit.state.withdrawn': 'Withdrawn by the requester',
  'permit.state.cancelled': 'Cancelled by the commune',
};
