/**
 * How the person hears of their notifications besides the app (GET|PUT …/staff/notifications/preferences): in the app
 * only, a daily e-mail digest (the default) or push (stored now, sent once Web Push comes). The digest's mail links
 * here (#preferences) to stop it.
 */
import { useEffect, useState } from 'preact/hooks';
import { NOTIFICATION_DELIVERIES, type NotificationDelivery } from '@tandem/shared/notifications/notification-kinds';
import type { NotificationPrefsView } from '@tandem/shared/notifications/notification-api';
import { tr } from '../../../lib/locale';
import { ErrorSummary } from '../../report/form-errors';
import { SignedOut, staffFetch } from '../session';
import { useFormSubmit } from '../use-form-submit';
import { useFocusOn } from '../use-staff-resource';

export default function NotificationPrefs({ commune, onSignedOut }: { commune: string; onSignedOut(): void }) {
  const [chosen, setChosen] = useState<NotificationDelivery>();
  const [saved, setSaved] = useState(0);
  const form = useFormSubmit();
  const savedRef = useFocusOn<HTMLParagraphElement>(saved);

  useEffect(() => {
    staffFetch<NotificationPrefsView>(commune, 'staff/notifications/preferences').then(
      (p) => setChosen(p.delivery),
      (e) => e instanceof SignedOut && onSignedOut(),
    );
  }, [commune]);

  const send = async () => {
    try {
      await staffFetch<NotificationPrefsView>(commune, 'staff/notifications/preferences', {
        method: 'PUT',
        body: JSON.stringify({ delivery: chosen }),
      });
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
