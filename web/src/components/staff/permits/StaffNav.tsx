/**
 * The staff space's sections: reports, permits (only when the commune takes permits online), the map's items,
 * projects, tasks, statistics and the admins' team, audit log and address register, each shown only to the roles that open it
 * (shared/staff-screens.ts, the roles the API checks). A column beside the screen on a wide screen, a compact
 * row above it on a phone (backoffice.css); the current section is marked (aria-current).
 */
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { canOpenStaffScreen, type StaffScreen } from '@tandem/shared/staff-screens';
import { tr } from '../../../lib/locale';
import { linkClick } from '../router';
import { session } from '../session';
import { staffRoles } from '../staff-groups';
import './permits.css';

export type StaffSection = StaffScreen;

/** The sections' addresses under /{commune}/agents/ (the reports' inbox is the space's own address). */
const SECTION_PATHS: readonly [StaffSection, string][] = [
  ['permits', 'autorisations'],
  ['map', 'carte'],
  ['projects', 'projets'],
  ['tasks', 'taches'],
  ['stats', 'statistiques'],
  ['team', 'equipe'],
  ['audit', 'journal'],
  ['notifications', 'notifications'],
  ['counter', 'guichet'],
  ['addresses', 'adresses'],
  ['news', 'actualites'],
  ['appointments', 'rendez-vous'],
  ['collections', 'collectes'],
];

/** Which section a path under /{commune}/agents/ belongs to (reports, one report and the search: 'reports'). */
export function sectionOf(path: string): StaffSection {
  const hit = SECTION_PATHS.find(([, p]) => new RegExp(`/agents/${p}(/|$)`).test(path));
  return hit ? hit[0] : 'reports';
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
      { section: 'projects', href: `${base}projets/`, label: tr('backoffice.nav.projects') },
      { section: 'tasks', href: `${base}taches/`, label: tr('backoffice.nav.tasks') },
      { section: 'stats', href: `${base}statistiques/`, label: tr('backoffice.nav.stats') },
      { section: 'team', href: `${base}equipe/`, label: tr('staffAdmin.nav.team') },
      { section: 'audit', href: `${base}journal/`, label: tr('auditStaff.nav') },
      { section: 'counter', href: `${base}guichet/`, label: tr('counter.nav') },
      { section: 'addresses', href: `${base}adresses/`, label: tr('addressImport.nav') },
      { section: 'news', href: `${base}actualites/`, label: tr('newsStaff.nav') },
      ...(commune.appointments
        ? [{ section: 'appointments' as const, href: `${base}rendez-vous/`, label: tr('appointmentsStaff.nav') }]
        : []),
      { section: 'collections', href: `${base}collectes/`, label: tr('collectionsStaff.nav') },
    ] satisfies Link[]
  ).filter((l) => canOpenStaffScreen(l.section, roles));
  return (
    <nav class="staff-nav" aria-label={tr('backoffice.nav.label')} data-testid="staff-nav">
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
