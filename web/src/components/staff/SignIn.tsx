/**
 * Staff sign-in, every step of the staff pool's flow (docs/staff-sign-in.md): password; first password;
 * the authenticator's code; setting up an authenticator (admins must, others may); forgotten password.
 * Each step is one StepForm; this component only holds which step it is and what the next one needs.
 */
import { useEffect, useState } from 'preact/hooks';
import type { SignInStep } from '@tandem/shared/schemas/staff-auth';
import { tr } from '../../lib/locale';
import '../../lib/messages/staff-auth';
import { StepForm, type FieldSpec } from './sign-in-form';
import { chooseFirstPassword, finishTotpSetup, forgotPassword, giveTotpCode, resetPassword, signIn } from './session';

interface Props {
  commune: string;
  expired?: boolean;
  /** Called when a filled-in form is sent (the app may start fetching what comes after signing in). */
  onSubmit?(): void;
  /** Stay signed in after the browser closes (the field app: LoginInput.remember). */
  remember?: boolean;
}

type Step =
  | { kind: 'password'; notice?: 'expired' | 'reset' }
  | { kind: 'new-password' | 'totp'; username: string; session: string }
  | { kind: 'totp-setup'; username: string; session: string; secret: string; otpauthUri: string }
  | { kind: 'forgot' }
  | { kind: 'reset'; username: string };

const CODE: FieldSpec = {
  name: 'code',
  label: 'staffAuth.code',
  type: 'text',
  autocomplete: 'one-time-code',
  hint: 'staffAuth.code.hint',
  code: true,
};
const NEW_PASSWORD: FieldSpec = {
  name: 'newPassword',
  label: 'staffAuth.newPassword',
  type: 'password',
  autocomplete: 'new-password',
  hint: 'staffAuth.newPassword.hint',
};

export default function SignIn({ commune, expired, onSubmit, remember = false }: Props) {
  const [step, setStep] = useState<Step>({ kind: 'password', notice: expired ? 'expired' : undefined });
  const [wantsTotp, setWantsTotp] = useState(false);
  const restart = (notice?: 'expired' | 'reset') => setStep({ kind: 'password', notice });
  /** The next step an answer asks for (signed-in: the app shows itself, this component goes away). */
  const next = (username: string) => (a: SignInStep) => {
    if (a.step !== 'signed-in')
      setStep(a.step === 'totp-setup' ? { kind: a.step, username, ...a } : { kind: a.step, username, session: a.session });
  };
  const back = (
    <p>
      <button type="button" class="button secondary" onClick={() => restart()}>
        {tr('staffAuth.back')}
      </button>
    </p>
  );

  switch (step.kind) {
    case 'password':
      return (
        <StepForm
          key="password"
          id="signin"
          title="staff.title"
          intro={step.notice && <p class="notice warn">{tr(step.notice === 'expired' ? 'staff.expired' : 'staffAuth.reset.done')}</p>}
          fields={[
            { name: 'username', label: 'staff.username', type: 'email', autocomplete: 'username' },
            { name: 'password', label: 'staff.password', type: 'password', autocomplete: 'current-password' },
          ]}
          submit="staff.signin"
          unauthorized="staff.signin.error"
          onSubmit={async (v) => {
            onSubmit?.();
            next(v.username.trim())(await signIn(commune, v.username.trim(), v.password, wantsTotp, remember));
          }}
          footer={
            <p>
              <button type="button" class="button secondary" onClick={() => setStep({ kind: 'forgot' })}>
                {tr('staffAuth.forgot')}
              </button>
            </p>
          }
        >
          <div class="field">
            <label class="check">
              <input type="checkbox" checked={wantsTotp} onChange={(e) => setWantsTotp(e.currentTarget.checked)} />
              <span>{tr('staffAuth.setUpTotp')}</span>
            </label>
          </div>
        </StepForm>
      );
    case 'new-password':
      return (
        <StepForm
          key="new-password"
          id="new-password"
          title="staffAuth.newPassword.title"
          intro={<p>{tr('staffAuth.newPassword.intro')}</p>}
          fields={[NEW_PASSWORD]}
          submit="staffAuth.newPassword.submit"
          onExpired={() => restart('expired')}
          onSubmit={async (v) => next(step.username)(await chooseFirstPassword(commune, step.username, step.session, v.newPassword))}
          footer={back}
        />
      );
    case 'totp':
      return (
        <StepForm
          key="totp"
          id="totp"
          title="staffAuth.totp.title"
          fields={[CODE]}
          submit="staffAuth.totp.submit"
          onExpired={() => restart('expired')}
          onSubmit={async (v) => next(step.username)(await giveTotpCode(commune, step.username, step.session, v.code))}
          footer={back}
        />
      );
    case 'totp-setup':
      return (
        <StepForm
          key="totp-setup"
          id="totp-setup"
          title="staffAuth.setup.title"
          intro={<TotpSecret secret={step.secret} uri={step.otpauthUri} />}
          fields={[CODE]}
          submit="staffAuth.setup.submit"
          onExpired={() => restart('expired')}
          onSubmit={async (v) => next(step.username)(await finishTotpSetup(commune, step.username, step.session, v.code))}
          footer={back}
        />
      );
    case 'forgot':
      return (
        <StepForm
          key="forgot"
          id="forgot"
          title="staffAuth.forgot.title"
          intro={<p>{tr('staffAuth.forgot.intro')}</p>}
          fields={[{ name: 'username', label: 'staff.username', type: 'email', autocomplete: 'username' }]}
          submit="staffAuth.forgot.submit"
          onSubmit={async (v) => {
            await forgotPassword(commune, v.username.trim());
            setStep({ kind: 'reset', username: v.username.trim() });
          }}
          footer={back}
        />
      );
    case 'reset':
      return (
        <StepForm
          key="reset"
          id="reset"
          title="staffAuth.reset.title"
          intro={
            <p role="status" class="notice">
              {tr('staffAuth.reset.sent', { email: step.username })}
            </p>
          }
          fields={[{ name: 'code', label: 'staffAuth.reset.code', type: 'text', autocomplete: 'one-time-code' }, NEW_PASSWORD]}
          submit="staffAuth.reset.submit"
          onSubmit={async (v) => {
            await resetPassword(commune, step.username, v.code.trim(), v.newPassword);
            restart('reset');
          }}
          footer={back}
        />
      );
  }
}

/** The new secret: a QR code of its otpauth:// URI (qrcode is fetched only for this step), the key to type, and a link for this device. */
function TotpSecret({ secret, uri }: { secret: string; uri: string }) {
  const [svg, setSvg] = useState('');
  useEffect(() => {
    import('qrcode')
      .then((q) => q.toString(uri, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }))
      .then(setSvg)
      .catch(() => setSvg(''));
  }, [uri]);
  return (
    <>
      <p>{tr('staffAuth.setup.intro')}</p>
      {svg && (
        <div class="qr" role="img" aria-label={tr('staffAuth.setup.qr')} data-testid="totp-qr" dangerouslySetInnerHTML={{ __html: svg }} />
      )}
      <p>
        {tr('staffAuth.setup.secret')} : <code data-testid="totp-secret">{secret.replace(/(.{4})/g, '$1 ').trim()}</code>
      </p>
      <p>
        <a href={uri}>{tr('staffAuth.setup.link')}</a>
      </p>
    </>
  );
}
