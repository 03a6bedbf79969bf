/** The staff single-page app at /{commune}/agents/ (client only): sign-in, inbox, one report, permits, map items. */
// Installs the Preact integration: components re-render when a signal they read (e.g. the locale) changes.
import '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { tr, initLocale } from '../../lib/locale';
// The staff SPA speaks of permits too: load their messages (French now, the agent's language on demand).
import '../../lib/messages/staff-permits';
import { canOpenStaffScreen } from '@tandem/shared/staff-screens';
import { session, restoreSession, refresh, refreshDelay, signOut, staffRoles } from './session';
import { currentPath, navigate } from './router';
import SignIn from './SignIn';
import Inbox from './Inbox';
import ReportDetail from './ReportDetail';
import StaffNav, { sectionOf } from './permits/StaffNav';
import { Forbidden } from './page-states';
import PermitsInbox from './permits/PermitsInbox';
import PermitDetail from './permits/PermitDetail';
import MapSection, { mapRoute } from './map/MapSection';

export default function StaffApp({ commune }: { commune: PublicCommuneConfig }) {
  const [ready, setReady] = useState(false);
  const [expired, setExpired] = useState(false);
  useEffect(() => {
    void initLocale();
    restoreSession(commune.id);
    setReady(true);
  }, []);

  // Refresh the tokens a minute before they expire, for as long as the tab is open.
  const s = session.value;
  useEffect(() => {
    if (!s) return;
    const timer = setTimeout(() => void refresh(commune.id), refreshDelay(s));
    return () => clearTimeout(timer);
  }, [s?.expiresAt]);

  if (!ready) return <p role="status">{tr('common.loading')}</p>;
  if (!s) return <SignIn commune={commune.id} expired={expired} />;

  const onSignedOut = () => {
    setExpired(true);
    signOut(commune.id);
  };
  const base = `/${commune.id}/agents/`;
  const path = currentPath.value.split('?')[0];
  const m = path.match(/\/signalements\/([^/]+)\/?$/);
  const permit = path.match(/\/autorisations\/([^/]+)\/?$/);
  const permits = /\/autorisations\/?$/.test(path);
  const map = mapRoute(path);

  return (
    <div>
      <div class="staff-bar">
        <p>
          {tr('staff.signedInAs')} <strong data-testid="staff-name">{s.name}</strong>
        </p>
        <button
          type="button"
          class="button secondary small"
          onClick={() => {
            setExpired(false);
            signOut(commune.id);
            navigate(base);
          }}
        >
          {tr('staff.signout')}
        </button>
      </div>
      <StaffNav commune={commune} path={path} />
      {!canOpenStaffScreen(sectionOf(path), staffRoles(s)) ? (
        <Forbidden commune={commune.id} />
      ) : map ? (
        <MapSection commune={commune} path={path} onSignedOut={onSignedOut} />
      ) : permit ? (
        <PermitDetail key={permit[1]} commune={commune} code={decodeURIComponent(permit[1])} onSignedOut={onSignedOut} />
      ) : permits ? (
        <PermitsInbox key="permits" commune={commune} onSignedOut={onSignedOut} />
      ) : m ? (
        <ReportDetail key={m[1]} commune={commune} code={decodeURIComponent(m[1])} onSignedOut={onSignedOut} />
      ) : (
        <Inbox key={base} commune={commune} onSignedOut={onSignedOut} />
      )}
    </div>
  );
}
