/**
 * The staff space's sections: reports, permits (only when the commune takes permits online), the map's items and
 * the admins' team (accounts, Open311 keys),
 * each shown only to the roles that open it (shared/staff-screens.ts, the roles the API checks).
 */
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { canOpenStaffScreen, type StaffScreen } from '@tandem/shared/staff-screens';
import { tr } from '../../../lib/locale';
import { linkClick } from '../router';
import { session } from '../session';
import { staffRoles } from '../staff-groups';
import './permits.css';

export type StaffSection = StaffScreen;

/** Which section a path under /{commune}/agents/ belongs to. */
export function sectionOf(path: string): StaffSection {
  if (/\/agents\/carte(\/|$)/.test(path)) return 'map';
  if (/\/agents\/equipe(\/|$)/.test(path)) return 'team';
  if (/\/agents\/journal(\/|$)/.test(path)) return 'audit';
  if (/\/agents\/statistiques(\/|$)/.test(path)) return 'stats';
  return /\/agents\/autorisations(\/|$)/.test(path) ? 'permits' : 'reports';
}

export default function StaffNav({ commune, path }: { commune: PublicCommuneConfig; path: string }) {
  const current = sectionOf(path);
  const roles = staffRoles(session.value);
  const base = `/${commune.id}/agents/`;
  type Link = { section: StaffSection; href: string; label: string };
  const links: Link[] = (
    [
      { section: 'reports', href: base, label: tr('staff.inbox') },
      ...(commune.permits ? [{ section: 'permits' as const, href: `${base}autorisations/`, label: tr('permitStaff.nav.permits') }] : []),
      { section: 'map', href: `${base}carte/`, label: tr('mapStaff.nav.map') },
      { section: 'team', href: `${base}equipe/`, label: tr('staffAdmin.nav.team') },
      { section: 'audit', href: `${base}journal/`, label: tr('auditStaff.nav') },
      { section: 'stats', href: `${base}statistiques/`, label: tr('stats.nav') },
    ] satisfies Link[]
  ).filter((l) => canOpenStaffScreen(l.section, roles));
  return (
    <nav class="staff-nav" aria-label={tr('permitStaff.nav')} data-testid="staff-nav">
      <ul>
        {links.map((l) => (
          <li key={l.section}>
            <a
              href={l.href}
              onClick={linkClick}
              aria-current={current !== l.section ? undefined : path === l.href ? 'page' : 'true'}
              data-testid={`staff-nav-${l.section}`}
            >
              {l.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
