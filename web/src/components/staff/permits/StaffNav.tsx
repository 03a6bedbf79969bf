/** The staff space's sections: reports and permits (the latter only when the commune takes permits online). */
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { tr } from '../../../lib/locale';
import { linkClick } from '../router';
import './permits.css';

export type StaffSection = 'reports' | 'permits';

/** Which section a path under /{commune}/agents/ belongs to. */
export function sectionOf(path: string): StaffSection {
  return /\/agents\/autorisations(\/|$)/.test(path) ? 'permits' : 'reports';
}

export default function StaffNav({ commune, path }: { commune: PublicCommuneConfig; path: string }) {
  if (!commune.permits) return null;
  const current = sectionOf(path);
  const base = `/${commune.id}/agents/`;
  const links: { section: StaffSection; href: string; label: string }[] = [
    { section: 'reports', href: base, label: tr('staff.inbox') },
    { section: 'permits', href: `${base}autorisations/`, label: tr('permitStaff.nav.permits') },
  ];
  return (
    <nav class="staff-nav" aria-label={tr('permitStaff.nav')} data-testid="staff-nav">
      <ul>
        {links.map((l) => (
          <li key={l.section}>
            <a href={l.href} onClick={linkClick} aria-current={current !== l.section ? undefined : path === l.href ? 'page' : 'true'} data-testid={`staff-nav-${l.section}`}>
              {l.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
