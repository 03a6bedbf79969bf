/**
 * The staff single-page app at /{commune}/agents/ (client only): the session and the sign-in screen here;
 * the screens behind it (SignedInApp: inbox, one report, permits, map items) are fetched only once there is
 * a session, so the sign-in screen loads what it needs and no more.
 */
// Installs the Preact integration: components re-render when a signal they read (e.g. the locale) changes.
import '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { tr, initLocale } from '../../lib/locale';
import { session, restoreSession, refresh, refreshDelay, signOut } from './session';
import { ErrorNotice } from './page-states';
import SignIn from './SignIn';

type SignedInModule = typeof import('./SignedInApp');
let signedInApp: Promise<SignedInModule> | undefined;
/** The signed-in screens' chunk, fetched once (a failed fetch may be tried again). */
function loadSignedInApp(): Promise<SignedInModule> {
  signedInApp ??= import('./SignedInApp').catch((e) => {
    signedInApp = undefined;
    throw e;
  });
  return signedInApp;
}

export default function StaffApp({ commune }: { commune: PublicCommuneConfig }) {
  const [ready, setReady] = useState(false);
  const [expired, setExpired] = useState(false);
  const [app, setApp] = useState<SignedInModule>();
  const [appFailed, setAppFailed] = useState(false);
  useEffect(() => {
    void initLocale();
    // The ID token is in memory only: after a reload, the refresh-token cookie gives a new one (or nothing).
    void restoreSession(commune.id).finally(() => setReady(true));
  }, []);

  // Refresh the tokens a minute before they expire, for as long as the tab is open.
  const s = session.value;
  useEffect(() => {
    if (!s) return;
    const timer = setTimeout(() => void refresh(commune.id), refreshDelay(s));
    return () => clearTimeout(timer);
  }, [s?.expiresAt]);

  const signedIn = Boolean(s);
  const fetchApp = () => {
    setAppFailed(false);
    loadSignedInApp().then(setApp, () => setAppFailed(true));
  };
  useEffect(() => {
    if (signedIn && !app) fetchApp();
  }, [signedIn]);

  if (!ready) return <p role="status">{tr('common.loading')}</p>;
  if (!s) return <SignIn commune={commune.id} expired={expired} onSubmit={() => void loadSignedInApp().catch(() => {})} />;
  if (appFailed) return <ErrorNotice message={tr('report.error.network')} onRetry={fetchApp} />;
  if (!app) return <p role="status">{tr('common.loading')}</p>;

  const SignedIn = app.default;
  return (
    <SignedIn
      commune={commune}
      session={s}
      onSignedOut={() => {
        setExpired(true);
        void signOut(commune.id);
      }}
      onSignOut={() => {
        setExpired(false);
        void signOut(commune.id);
      }}
    />
  );
}
