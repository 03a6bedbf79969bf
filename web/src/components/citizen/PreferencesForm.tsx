/**
 * « Mes e-mails et ma langue » (docs/citizen-space.md): which mails about my requests, and their language — which is
 * also the space's. Saved with the version read; when another tab saved first (409), the latest are shown to check.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '@tandem/shared/commune-config';
import type { CitizenPreferences } from '@tandem/shared/citizen/citizen-account';
import { MAIL_CHOICES, type MailChoice } from '@tandem/shared/citizen/mail-choices';
import { ApiError } from '../../lib/api';
import { locale, setLocale, tr, WEB_LOCALES } from '../../lib/locale';
import { loadPreferences, savePreferences } from './account-calls';

/** Each language in its own words (as the language switcher does). */
const LANGUAGE_NAMES: Record<Locale, string> = { fr: 'Français', nl: 'Nederlands', de: 'Deutsch', en: 'English' };

export default function PreferencesForm({ commune }: { commune: string }) {
  const [prefs, setPrefs] = useState<CitizenPreferences | undefined>();
  const [status, setStatus] = useState<'saved' | 'conflict' | 'failed' | undefined>();
  const [busy, setBusy] = useState(false);

  const show = (p: CitizenPreferences) => {
    // Never saved: the page's current language is the one to offer.
    setPrefs(p.version === 0 ? { ...p, locale: locale.value } : p);
    if (p.version > 0 && p.locale !== locale.value) void setLocale(p.locale);
  };
  useEffect(() => {
    loadPreferences(commune).then(show, () => setStatus('failed'));
  }, [commune]);

  const save = async (ev: Event) => {
    ev.preventDefault();
    if (!prefs || busy) return;
    setBusy(true);
    try {
      const saved = await savePreferences(commune, prefs);
      setPrefs(saved);
      setStatus('saved');
      if (saved.locale !== locale.value) await setLocale(saved.locale);
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) {
        setStatus('conflict');
        await loadPreferences(commune).then(show, () => undefined);
      } else setStatus('failed');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="prefs-title" class="account-section">
      <h2 id="prefs-title">{tr('myAccount.prefs.title')}</h2>
      {!prefs ? (
        status === 'failed' ? (
          <p class="notice warn">{tr('space.failed')}</p>
        ) : (
          <p role="status">{tr('space.busy')}</p>
        )
      ) : (
        <form onSubmit={save} noValidate data-testid="prefs-form">
          <fieldset class="choices">
            <legend>{tr('myAccount.prefs.mails')}</legend>
            {MAIL_CHOICES.map((m: MailChoice) => (
              <div class="choice" key={m}>
                <input
                  type="radio"
                  id={`prefs-mails-${m}`}
                  name="mails"
                  value={m}
                  checked={prefs.mails === m}
                  aria-describedby={`prefs-mails-${m}-hint`}
                  onChange={() => setPrefs({ ...prefs, mails: m })}
                  data-testid={`prefs-mails-${m}`}
                />
                <label for={`prefs-mails-${m}`}>{tr(`myAccount.prefs.${m}`)}</label>
                <span class="hint" id={`prefs-mails-${m}-hint`}>
                  {tr(`myAccount.prefs.${m}.hint`)}
                </span>
              </div>
            ))}
            <p class="hint">{tr('myAccount.prefs.always')}</p>
          </fieldset>
          <fieldset class="choices">
            <legend>{tr('myAccount.prefs.locale')}</legend>
            {WEB_LOCALES.map((l) => (
              <div class="choice" key={l}>
                <input
                  type="radio"
                  id={`prefs-locale-${l}`}
                  name="locale"
                  value={l}
                  checked={prefs.locale === l}
                  onChange={() => setPrefs({ ...prefs, locale: l })}
                  data-testid={`prefs-locale-${l}`}
                />
                <label for={`prefs-locale-${l}`} lang={l}>
                  {LANGUAGE_NAMES[l]}
                </label>
              </div>
            ))}
          </fieldset>
          <div role="status" aria-live="polite">
            {status === 'saved' && (
              <p class="notice" data-testid="prefs-saved">
                {tr('myAccount.prefs.saved')}
              </p>
            )}
            {status === 'conflict' && <p class="notice warn">{tr('myAccount.prefs.conflict')}</p>}
            {status === 'failed' && <p class="notice warn">{tr('space.failed')}</p>}
          </div>
          <button type="submit" class="button" aria-disabled={busy ? 'true' : undefined} data-testid="prefs-save">
            {tr('myAccount.prefs.save')}
          </button>
        </form>
      )}
    </section>
  );
}
