/**
 * « Recevoir les alertes »: Web Push on the worker's phone, through the field app's own service worker (scope
 * /{commune}/terrain/, whose `push` shows the notice and whose click opens the task here). The subscription itself is
 * the staff app's (one definition: staff/notifications/push-subscription.ts), given this app's worker; turning it on
 * also sets the person's delivery to push (GET|PUT …/staff/notifications/preferences), since the server pushes only
 * then. Turning it off removes this phone's subscription only: the person's other browsers keep theirs.
 * Says the state in words: on, off, refused by the phone, not possible on this phone, or failed.
 */
import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { fieldAppPath } from '@tandem/shared/field/field-site';
import type { NotificationPrefsView } from '@tandem/shared/notifications/notification-api';
import { tr, type MessageKey } from '../../../lib/locale';
import { session, staffFetch } from '../../staff/session';
import {
  activeWorker,
  ownSubscription,
  pushSupported,
  subscribeToPush,
  unsubscribeFromPush,
} from '../../staff/notifications/push-subscription';
import { registerFieldWorker } from '../shell/register-worker';

/** `stillOn`: turning off failed (no network): the phone and the server still have the subscription. */
type PushState = 'reading' | 'busy' | 'on' | 'stillOn' | 'off' | 'denied' | 'unsupported' | 'failed';

/** The field app's worker, registered (the shell did it already: the browser gives the same one back) and active. */
const fieldWorker = (commune: string) => async () => {
  const reg = await registerFieldWorker(commune);
  if (!reg) throw new Error('no service worker');
  return activeWorker(reg);
};

const preferences = (commune: string) => staffFetch<NotificationPrefsView>(commune, 'staff/notifications/preferences');

/** What this phone does now; while on, the subscription is registered again (that renews it on the server). */
async function readState(commune: string): Promise<PushState> {
  if (!pushSupported()) return 'unsupported';
  if (Notification.permission === 'denied') return 'denied';
  if (Notification.permission !== 'granted' || !(await ownSubscription(fieldAppPath(commune)))) return 'off';
  // Subscribed here, but the server pushes only while the person's delivery is push (the staff app may have changed
  // it). Offline, the phone's own state is all there is.
  const prefs = await preferences(commune).catch(() => undefined);
  if (prefs && prefs.delivery !== 'push') return 'off';
  void subscribeToPush(commune, false, fieldWorker(commune)).catch(() => undefined);
  return 'on';
}

/**
 * The state, read once per session (a sign-in, or the hourly refresh of its tokens), not at each return to
 * « Aujourd’hui »: the same screen is mounted again at every visit.
 */
const pushState = signal<PushState>('reading');
let readFor: string | undefined;

export function FieldPush({ commune }: { commune: string }) {
  const state = pushState.value;
  const setState = (s: PushState) => {
    pushState.value = s;
  };
  useEffect(() => {
    const who = `${commune}:${session.peek()?.idToken ?? ''}`;
    if (readFor === who) return;
    readFor = who;
    pushState.value = 'reading';
    void readState(commune)
      .catch((): PushState => 'off')
      .then(setState);
  }, [commune]);

  const turnOn = async () => {
    setState('busy');
    try {
      const setup = await subscribeToPush(commune, true, fieldWorker(commune));
      if (setup !== 'subscribed') return setState(setup);
      await staffFetch<NotificationPrefsView>(commune, 'staff/notifications/preferences', {
        method: 'PUT',
        body: JSON.stringify({ delivery: 'push' }),
      });
      setState('on');
    } catch {
      setState('failed');
    }
  };
  const turnOff = async () => {
    setState('busy');
    try {
      await unsubscribeFromPush(commune, fieldAppPath(commune));
      setState('off');
    } catch {
      // Offline: the server still has it; the phone keeps it too, so that the state said stays true.
      setState('stillOn');
    }
  };

  if (state === 'reading') return null;
  return (
    <section class="fa-push" aria-labelledby="fa-push-title" data-testid="field-push" data-state={state}>
      <h2 id="fa-push-title">{tr('field.push.title')}</h2>
      <p role="status">{tr(`field.push.${state}` as MessageKey)}</p>
      {state === 'on' || state === 'stillOn' ? (
        <button type="button" class="fa-button fa-secondary" onClick={() => void turnOff()}>
          {tr('field.push.turnOff')}
        </button>
      ) : (
        state !== 'unsupported' && (
          <button type="button" class="fa-button fa-primary" disabled={state === 'busy'} onClick={() => void turnOn()}>
            {tr('field.push.turnOn')}
          </button>
        )
      )}
    </section>
  );
}
