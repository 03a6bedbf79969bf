/**
 * The admins' « Équipe » section, under /{commune}/agents/equipe/: the staff accounts (equipe/) and the Open311
 * keys (equipe/cles-open311/), two tabs of one area. Only admins open it (STAFF_SCREEN_ROLES.team); the API
 * checks the same role on every call.
 */
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
// The team screens' messages (French now, the admin's language on demand).
import '../../../lib/messages/staff-admin';
import { tr } from '../../../lib/locale';
import { linkClick } from '../router';
import AccountsPage from './AccountsPage';
import Open311KeysPage from './Open311KeysPage';
import './team.css';

/** Which tab a path under /{commune}/agents/ shows, if it is in the team section. */
export function teamRoute(path: string): 'accounts' | 'keys' | undefined {
  const m = path.match(/\/agents\/equipe(?:\/([^/]+))?\/?$/);
  if (!m) return undefined;
  return m[1] === 'cles-open311' ? 'keys' : 'accounts';
}

export default function TeamSection({ commune, path, onSignedOut }: { commune: PublicCommuneConfig; path: string; onSignedOut(): void }) {
  const tab = teamRoute(path) ?? 'accounts';
  const base = `/${commune.id}/agents/equipe/`;
  const tabs = [
    { id: 'accounts', href: base, label: tr('staffAdmin.tab.accounts') },
    { id: 'keys', href: `${base}cles-open311/`, label: tr('staffAdmin.tab.keys') },
  ] as const;
  return (
    <>
      <nav class="team-tabs" aria-label={tr('staffAdmin.tabs')} data-testid="team-tabs">
        <ul>
          {tabs.map((t) => (
            <li key={t.id}>
              <a href={t.href} onClick={linkClick} aria-current={tab === t.id ? 'page' : undefined} data-testid={`team-tab-${t.id}`}>
                {t.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {tab === 'keys' ? (
        <Open311KeysPage key="keys" commune={commune.id} onSignedOut={onSignedOut} />
      ) : (
        <AccountsPage key="accounts" commune={commune} onSignedOut={onSignedOut} />
      )}
    </>
  );
}
