/**
 * How the person hears of their notifications besides the app (GET|PUT …/staff/notifications/preferences): in the app
 * only, a daily e-mail digest (the default) or push. Choosing push asks the browser's permission and subscribes it
 * (push-subscription.ts); leaving push unsubscribes it; while push is chosen, each visit registers the browser again (which
 * renews it). The digest's mail links here (#preferences) to stop it.
 */
import { useEffect, useState } from 'preact/hooks';
import { NOTIFICATION_DELIVERIES, type NotificationDelivery } from '@tandem/shared/notifications/notification-kinds';
import type { NotificationPrefsView } from '@tandem/shared/notifications/notification-api';
import { tr } from '../../../lib/locale';
import { ErrorSummary } from '../../report/form-errors';
import { SignedOut, staffFetch } from '../session';
import { useFormSubmit } from '../use-form-submit';
import { useFocusOn } from '../use-staff-resource';
import { subscribeToPush, unsubscribeFromPush, type PushSetup } from './push-subscription';
import '../../../lib/messages/push';

export default function NotificationPrefs({ commune, onSignedOut }: { commune: string; onSignedOut(): void }) {
  const [chosen, setChosen] = useState<NotificationDelivery>();
  const [stored, setStored] = useState<NotificationDelivery>();
  const [push, setPush] = useState<PushSetup>();
  const [saved, setSaved] = useState(0);
  const form = useFormSubmit();
  const savedRef = useFocusOn<HTMLParagraphElement>(saved);

  useEffect(() => {
    staffFetch<NotificationPrefsView>(commune, 'staff/notifications/preferences').then(
      (p) => {
        setChosen(p.delivery);
        setStored(p.delivery);
        // Push chosen and allowed: register this browser again, without asking (renews the subscription).
        if (p.delivery === 'push' && typeof Notification !== 'undefined' && Notification.permission === 'granted')
          subscribeToPush(commune, false).catch(() => undefined);
      },
      (e) => e instanceof SignedOut && onSignedOut(),
    );
  }, [commune]);

  const send = async () => {
    try {
      if (chosen === 'push') {
        const setup = await subscribeToPush(commune);
        setPush(setup);
        if (setup !== 'subscribed') return false;
      } else {
        setPush(undefined);
        if (stored === 'push') await unsubscribeFromPush(commune).catch(() => undefined);
      }
      await staffFetch<NotificationPrefsView>(commune, 'staff/notifications/preferences', {
        method: 'PUT',
        body: JSON.stringify({ delivery: chosen }),
      });
      setStored(chosen);
      setSaved((n) => n + 1);
      return true;
    } catch (e) {
      if (e instanceof SignedOut) {
        onSignedOut();
        return false;
      }
      throw e;
    }
  };

  return (
    <section class="notification-prefs" aria-labelledby="preferences" data-testid="notification-prefs">
      <h2 id="preferences" tabindex={-1}>
        {tr('notifications.prefs.title')}
      </h2>
      {chosen && (
        <form onSubmit={form.onSubmit(() => ({}), send)}>
          <ErrorSummary order={[]} {...form.summary} prefix="notification-prefs" level={3} />
          <fieldset>
            <legend>{tr('notifications.prefs.legend')}</legend>
            {NOTIFICATION_DELIVERIES.map((d) => (
              <label key={d}>
                <input
                  type="radio"
                  name="delivery"
                  value={d}
                  checked={chosen === d}
                  onChange={() => {
                    setChosen(d);
                    setSaved(0);
                    setPush(undefined);
                  }}
                  data-testid={`notification-delivery-${d}`}
                />
                {tr(`notifications.prefs.${d}`)}
              </label>
            ))}
          </fieldset>
          <button type="submit" class="button" disabled={form.busy} data-testid="notification-prefs-save">
            {tr('notifications.prefs.save')}
          </button>
          {push && push !== 'subscribed' && (
            <p class="notice error" role="alert" data-testid="push-problem">
              {tr(`push.prefs.${push}`)}
            </p>
          )}
          {saved > 0 && push === 'subscribed' && <p class="notice ok">{tr('push.prefs.subscribed')}</p>}
          {saved > 0 && (
            <p class="notice ok" role="status" tabindex={-1} ref={savedRef}>
              {tr('notifications.prefs.saved')}
            </p>
          )}
        </form>
      )}
    </section>
  );
}
