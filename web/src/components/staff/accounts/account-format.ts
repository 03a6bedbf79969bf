/** How the team screens name a role, a status and departments, in the admin's language. */
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { StaffRole } from '@tandem/shared/identity';
import type { StaffAccountView } from '@tandem/shared/schemas/staff-accounts';
import { lt, tr } from '../../../lib/locale';

export const roleLabel = (role: StaffRole | null) => tr(role ? `staffAdmin.role.${role}` : 'staffAdmin.role.none');

/** Disabled first (it matters most), else invited / active. */
export const statusLabel = (a: Pick<StaffAccountView, 'enabled' | 'status'>) =>
  tr(a.enabled ? `staffAdmin.status.${a.status}` : 'staffAdmin.status.disabled');

export function departmentNames(commune: PublicCommuneConfig, codes: readonly string[]): string {
  if (!codes.length) return tr('staffAdmin.noDepartments');
  return codes.map((c) => lt(commune.departments.find((d) => d.code === c)?.name) || c).join(', ');
}
