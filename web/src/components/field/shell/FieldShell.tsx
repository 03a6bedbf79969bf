/**
 * The field app at /{commune}/terrain/ (client only): the shell around the screens. Sign in once (the staff sign-in,
 * its refresh cookie keeps the person signed in), choose a PIN, and from then on the PIN reopens the app, online or
 * not; « Se déconnecter » signs out and wipes the phone's copy (after a warning when actions still wait). Once open,
 * the screens (../FieldApp.tsx, their own chunk) get the outbox and the « Aujourd’hui » store.
 */
import '@preact/signals';
import type { ComponentType } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { STAFF_AUTH_HEADER } from '@tandem/shared/staff-auth-transport';
import { apiFetch, apiPath } from '../../../lib/api';
import { initLocale, tr } from '../../../lib/locale';
import '../../../lib/messages/field-shell';
import SignIn from '../../staff/SignIn';
import { claims, refresh, refreshDelay, restoreSession, session } from '../../staff/session';
import { KEPT_STORE, dbGet, dbPut } from './field-db';
import { createOutbox, startOutboxTriggers, type FieldOutbox } from './outbox';
import { checkStorage, setSignOutPending, signOutPending, storageNearlyFull, wipePhoneCopy } from './phone-storage';
import { readPin } from './pin';
import { ChoosePin, Unlock } from './PinForms';
import type { FieldAppProps } from '../FieldApp';
import { registerFieldWorker } from './register-worker';
import { createTodayStore } from './today-store';
import './field-shell.css';

/** What the screens receive (web/src/components/field/FieldApp.tsx). */
export type { FieldAppProps };

// The screens: their own chunk, fetched once the app is open (the sign-in and the PIN do not wait for them).
const loadScreens = () => import('../FieldApp');

/** Who signed in on this phone (kept, so the app opens offline to the PIN). */
interface Person {
  sub: string;
  name: string;
}
const PERSON_KEY = 'person';
/** The PIN is asked again when the app comes back after this long out of sight. */
const RELOCK_AFTER_MS = 5 * 60_000;

type Phase = 'loading' | 'sign-in' | 'choose-pin' | 'locked' | 'open';

/** Tells the server (revokes the refresh cookie); false when it could not be reached. */
async function signOutOnServer(commune: string): Promise<boolean> {
  session.value = undefined;
  try {
    await apiFetch(apiPath(commune, 'auth/sign-out'), {
      method: 'POST',
      credentials: 'same-origin',
      headers: { [STAFF_AUTH_HEADER]: '1' },
    });
    return true;
  } catch (e) {
    return (e as { status?: number }).status !== undefined && (e as { status: number }).status < 500;
  }
}

export default function FieldShell({ commune }: { commune: PublicCommuneConfig }) {
  const c = commune.id;
  const [phase, setPhase] = useState<Phase>('loading');
  const [person, setPerson] = useState<Person>();
  const [notice, setNotice] = useState<'tooMany' | undefined>();
  const [confirmSignOut, setConfirmSignOut] = useState(false);
  const [Screens, setScreens] = useState<ComponentType<FieldAppProps>>();
  const outbox = useMemo<FieldOutbox>(() => createOutbox(c), [c]);
  const today = useMemo(() => createTodayStore(c, outbox.entries), [c, outbox]);

  // Opening: the worker, the storage, then who is signed in here (the cookie when online, the kept person offline).
  useEffect(() => {
    void initLocale();
    void registerFieldWorker(c);
    void checkStorage();
    void (async () => {
      if (signOutPending(c)) {
        if (await signOutOnServer(c)) setSignOutPending(c, false);
        setPhase('sign-in');
        return;
      }
      const kept = await dbGet<Person>(c, KEPT_STORE, PERSON_KEY).catch(() => undefined);
      const s = navigator.onLine ? await restoreSession(c) : undefined;
      const sub = s ? String(claims(s.idToken).sub ?? '') : undefined;
      // Online and the cookie gave nothing: the session is over (signed out elsewhere, expired).
      if (!s && navigator.onLine) return setPhase('sign-in');
      const who = s && sub ? { sub, name: s.name } : kept;
      if (!who) return setPhase('sign-in');
      if (s && sub && kept?.sub !== sub) await dbPut(c, KEPT_STORE, who, PERSON_KEY);
      setPerson(who);
      const pin = await readPin(c).catch(() => undefined);
      setPhase(pin?.owner === who.sub ? 'locked' : s ? 'choose-pin' : 'sign-in');
    })();
  }, [c]);

  // Signed in with the password: remember who, then the PIN (chosen once per person and phone).
  const s = session.value;
  useEffect(() => {
    if (!s || phase !== 'sign-in') return;
    const who = { sub: String(claims(s.idToken).sub ?? ''), name: s.name };
    setPerson(who);
    setNotice(undefined);
    void dbPut(c, KEPT_STORE, who, PERSON_KEY)
      .then(() => readPin(c))
      .then((pin) => setPhase(pin?.owner === who.sub ? 'open' : 'choose-pin'));
  }, [s?.idToken, phase]);

  // Refresh the tokens a minute before they expire, while the app is open.
  useEffect(() => {
    if (!s) return;
    const timer = setTimeout(() => void refresh(c), refreshDelay(s));
    return () => clearTimeout(timer);
  }, [s?.expiresAt]);

  // Open: the screens' chunk, the outbox's triggers, today's tasks (again each time the network comes back).
  useEffect(() => {
    if (phase !== 'open') return;
    if (!Screens) void loadScreens().then((m) => setScreens(() => m.default));
    const stop = startOutboxTriggers(outbox);
    const reread = () => void today.refresh().catch(() => {});
    reread();
    // The network is back, or a push said a task came (the worker tells the page).
    window.addEventListener('online', reread);
    window.addEventListener('field-today-changed', reread);
    return () => {
      stop();
      window.removeEventListener('online', reread);
      window.removeEventListener('field-today-changed', reread);
    };
  }, [phase]);

  // Back after a long while out of sight (a shared phone in a pocket): the PIN again.
  useEffect(() => {
    let hiddenAt = 0;
    const change = () => {
      if (document.visibilityState === 'hidden') hiddenAt = Date.now();
      else if (hiddenAt && Date.now() - hiddenAt > RELOCK_AFTER_MS && phase === 'open') setPhase('locked');
    };
    document.addEventListener('visibilitychange', change);
    return () => document.removeEventListener('visibilitychange', change);
  }, [phase]);

  const signOut = async () => {
    setConfirmSignOut(false);
    setSignOutPending(c, true);
    if (await signOutOnServer(c)) setSignOutPending(c, false);
    await wipePhoneCopy(c);
    outbox.forget();
    today.forget();
    setPerson(undefined);
    setPhase('sign-in');
  };
  const askSignOut = () => (outbox.waiting.value > 0 ? setConfirmSignOut(true) : void signOut());

  if (phase === 'loading') return <p role="status">{tr('common.loading')}</p>;
  if (phase === 'sign-in')
    return (
      <div class="field-shell">
        {notice && (
          <p class="notice warn" role="alert">
            {tr('fieldShell.unlock.tooMany')}
          </p>
        )}
        <SignIn commune={c} remember />
      </div>
    );
  if (phase === 'choose-pin' && person) return <ChoosePin commune={c} owner={person.sub} onChosen={() => setPhase('open')} />;
  if (phase === 'locked')
    return (
      <Unlock
        commune={c}
        onOpen={() => setPhase('open')}
        onTooMany={() => {
          setNotice('tooMany');
          void signOut();
        }}
        onSignOut={askSignOut}
        confirm={confirmSignOut && <SignOutWarning n={outbox.waiting.value} onYes={signOut} onNo={() => setConfirmSignOut(false)} />}
      />
    );

  return (
    <div class="field-shell">
      {confirmSignOut && <SignOutWarning n={outbox.waiting.value} onYes={signOut} onNo={() => setConfirmSignOut(false)} />}
      {storageNearlyFull.value && (
        <p class="notice warn" role="status">
          {tr('fieldShell.storage.full')}
        </p>
      )}
      {Screens ? (
        <Screens commune={commune} outbox={outbox} store={today} userName={person?.name ?? ''} onSignOut={askSignOut} />
      ) : (
        <p role="status">{tr('common.loading')}</p>
      )}
    </div>
  );
}

function SignOutWarning({ n, onYes, onNo }: { n: number; onYes(): void; onNo(): void }) {
  return (
    <div class="notice warn field-shell-confirm" role="alertdialog" aria-labelledby="field-signout-warning">
      <p id="field-signout-warning">{tr('fieldShell.signOut.waiting', { n })}</p>
      <p class="field-shell-actions">
        <button type="button" class="button danger" onClick={onYes}>
          {tr('fieldShell.signOut.anyway')}
        </button>
        <button type="button" class="button secondary" onClick={onNo}>
          {tr('fieldShell.signOut.cancel')}
        </button>
      </p>
    </div>
  );
}
