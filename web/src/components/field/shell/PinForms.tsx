/** Choosing the PIN (twice, after the first sign-in) and typing it to reopen the app: big digits, the numeric keypad. */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { tr } from '../../../lib/locale';
import { PIN_PATTERN, checkPin, choosePin } from './pin';

const pinInput = {
  type: 'password',
  inputMode: 'numeric',
  pattern: '[0-9]*',
  minLength: 4,
  maxLength: 6,
  autocomplete: 'off',
  class: 'field-pin',
} as const;

export function ChoosePin({ commune, owner, onChosen }: { commune: string; owner: string; onChosen(): void }) {
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <form
      class="field-shell field-pin-form"
      onSubmit={async (e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        const pin = String(data.get('pin') ?? '');
        if (!PIN_PATTERN.test(pin)) return setError(tr('fieldShell.pin.invalid'));
        if (pin !== String(data.get('again') ?? '')) return setError(tr('fieldShell.pin.mismatch'));
        setBusy(true);
        await choosePin(commune, owner, pin);
        onChosen();
      }}
    >
      <h1>{tr('fieldShell.pin.choose.title')}</h1>
      <p>{tr('fieldShell.pin.choose.intro')}</p>
      {error && (
        <p class="notice error" role="alert" id="field-pin-error">
          {error}
        </p>
      )}
      <div class="field">
        <label for="field-pin">{tr('fieldShell.pin.label')}</label>
        <input id="field-pin" name="pin" required aria-describedby={error ? 'field-pin-error' : undefined} {...pinInput} />
      </div>
      <div class="field">
        <label for="field-pin-again">{tr('fieldShell.pin.again')}</label>
        <input id="field-pin-again" name="again" required {...pinInput} />
      </div>
      <button type="submit" class="button" disabled={busy}>
        {tr('fieldShell.pin.save')}
      </button>
    </form>
  );
}

interface UnlockProps {
  commune: string;
  onOpen(): void;
  /** Five wrong tries: the shell signs out and wipes. */
  onTooMany(): void;
  onSignOut(): void;
  /** The sign-out warning, when asked. */
  confirm?: ComponentChildren;
}

export function Unlock({ commune, onOpen, onTooMany, onSignOut, confirm }: UnlockProps) {
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <div class="field-shell">
      <form
        class="field-pin-form"
        onSubmit={async (e) => {
          e.preventDefault();
          const form = e.currentTarget;
          const pin = String(new FormData(form).get('pin') ?? '');
          if (!PIN_PATTERN.test(pin)) return setError(tr('fieldShell.pin.invalid'));
          setBusy(true);
          const result = await checkPin(commune, pin);
          setBusy(false);
          if (result.ok) return onOpen();
          form.reset();
          if (result.triesLeft === 0) return onTooMany();
          setError(tr('fieldShell.unlock.wrong', { n: result.triesLeft }));
        }}
      >
        <h1>{tr('fieldShell.unlock.title')}</h1>
        {error && (
          <p class="notice error" role="alert" id="field-unlock-error">
            {error}
          </p>
        )}
        <div class="field">
          <label for="field-unlock">{tr('fieldShell.pin.label')}</label>
          <input id="field-unlock" name="pin" required aria-describedby={error ? 'field-unlock-error' : undefined} {...pinInput} />
        </div>
        <button type="submit" class="button" disabled={busy}>
          {tr('fieldShell.unlock.submit')}
        </button>
      </form>
      <p>
        <button type="button" class="button secondary" onClick={onSignOut}>
          {tr('fieldShell.signOut')}
        </button>
      </p>
      {confirm}
    </div>
  );
}
