/**
 * The field app at /{commune}/terrain/ (client only): the shell around the screens. Sign in once (the staff sign-in,
 * its refresh cookie keeps the person signed in), choose a PIN, and from then on the PIN reopens the app, online or
 * not; « Se déconnecter » signs out and wipes the phone's copy (after a warning when actions still wait: they stay on
 * the phone, the person's, until they sign in here again). Once open, the screens (../FieldApp.tsx, their own chunk)
 * get the outbox and the « Aujourd’hui » store, both of the person signed in only (a shared phone: outbox-owner.ts).
 */
import { signal } from '@preact/signals';
import type { ComponentType } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { STAFF_AUTH_HEADER } from '@tandem/shared/staff-auth-transport';
import { apiFetch, apiPath } from '../../../lib/api';
import { initLocale, tr } from '../../../lib/locale';
import '../../../lib/messages/field-shell';
import SignIn from '../../staff/SignIn';
import { claims, refresh, refreshDelay, restoreSession, session } from '../../staff/session';
import { KEPT_STORE, PERSON_KEY, dbGet } from './field-db';
import { createOutbox, startOutboxTriggers, type FieldOutbox } from './outbox';
import { heldOnPhone, keepPerson, readAllEntries, type Held, type KeptPerson } from './outbox-owner';
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
type Person = KeptPerson;
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
  const [person, setPersonState] = useState<Person>();
  const [notice, setNotice] = useState<'tooMany' | undefined>();
  const [held, setHeld] = useState<Held>();
  const [confirmSignOut, setConfirmSignOut] = useState(false);
  const [Screens, setScreens] = useState<ComponentType<FieldAppProps>>();
  // Whose outbox and « Aujourd’hui » are shown (the token's subject): nobody's until someone signs in or unlocks.
  const owner = useMemo(() => signal<string | undefined>(undefined), [c]);
  const outbox = useMemo<FieldOutbox>(() => createOutbox(c, owner), [c, owner]);
  const today = useMemo(() => createTodayStore(c, outbox.entries, owner), [c, outbox, owner]);
  const setPerson = (who: Person | undefined) => {
    setPersonState(who);
    owner.value = who?.sub;
  };

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
      // Actions kept by an older version (no person on them) go to the person it kept, before anyone else signs in.
      await readAllEntries(c).catch(() => undefined);
      const kept = await dbGet<Person>(c, KEPT_STORE, PERSON_KEY).catch(() => undefined);
      const s = navigator.onLine ? await restoreSession(c) : undefined;
      const sub = s ? String(claims(s.idToken).sub ?? '') : undefined;
      // Online and the cookie gave nothing: the session is over (signed out elsewhere, expired).
      if (!s && navigator.onLine) return setPhase('sign-in');
      const who = s && sub ? { sub, name: s.name } : kept;
      if (!who) return setPhase('sign-in');
      if (s && sub && kept?.sub !== sub) await keepPerson(c, who);
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
    void keepPerson(c, who)
      .then(() => readPin(c))
      .then((pin) => setPhase(pin?.owner === who.sub ? 'open' : 'choose-pin'));
  }, [s?.idToken, phase]);

  // The sign-in screen says when the phone holds actions waiting for someone (read without creating the database).
  useEffect(() => {
    if (phase !== 'sign-in') return;
    let current = true;
    void heldOnPhone(c)
      .catch(() => undefined)
      .then((h) => current && setHeld(h));
    return () => {
      current = false;
    };
  }, [phase]);

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
        {held && held.actions > 0 && (
          <p class="notice" role="status" data-testid="field-held">
            {heldText(held)}
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

/** « Ce téléphone garde 2 actions pas encore envoyées… »: how many and for how many people, never what nor whose. */
function heldText({ actions, people }: Held): string {
  if (people > 1) return tr('fieldShell.held.people', { n: actions, p: people });
  return actions === 1 ? tr('fieldShell.held.one') : tr('fieldShell.held.many', { n: actions });
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
