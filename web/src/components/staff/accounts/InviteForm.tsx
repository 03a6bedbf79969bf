/**
 * « Inviter une personne »: e-mail, display name, role and departments (the commune's). The fields are checked
 * as the API checks them (the same zod schema), then the invitation is sent; Cognito mails the temporary password.
 */
import { useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { StaffAccountInvite, type StaffAccountView } from '@tandem/shared/schemas/staff-accounts';
import { tr } from '../../../lib/locale';
import { TextField } from '../../permits/fields';
import { ErrorSummary, type FieldErrors } from '../../report/form-errors';
import { useFormSubmit } from '../use-form-submit';
import { SignedOut } from '../session';
import { send } from './use-accounts';
import { AccountFields, type AccountDraft, accountFieldErrors } from './AccountFields';

const F = { email: 'invite-email', name: 'invite-name', role: 'invite-role', departments: 'invite-departments' } as const;
const EMPTY: AccountDraft & { email: string } = { email: '', displayName: '', role: 'agent', departments: [] };

export default function InviteForm({
  commune,
  onInvited,
  onSignedOut,
}: {
  commune: PublicCommuneConfig;
  /** The account as the API answered it (new, or the same invitation again). */
  onInvited(account: StaffAccountView): void;
  onSignedOut(): void;
}) {
  const [draft, setDraft] = useState(EMPTY);
  const { errors, busy, summary, onSubmit } = useFormSubmit();

  const check = (): FieldErrors => {
    const found = accountFieldErrors(draft, F);
    if (!StaffAccountInvite.shape.email.safeParse(draft.email).success) found[F.email] = tr('staffAdmin.err.email');
    return Object.fromEntries([F.email, F.name, F.role].filter((k) => found[k]).map((k) => [k, found[k]]));
  };
  const invite = async () => {
    try {
      onInvited(await send<StaffAccountView>(commune.id, 'POST', 'staff/accounts', draft));
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
    <section class="team-box" aria-labelledby="invite-title" data-testid="invite">
      <h2 id="invite-title">{tr('staffAdmin.invite.title')}</h2>
      <p class="hint">{tr('staffAdmin.invite.hint')}</p>
      <form noValidate onSubmit={onSubmit(check, invite, () => setDraft(EMPTY))}>
        <ErrorSummary {...summary} order={[F.email, F.name, F.role]} prefix="invite" />
        <TextField
          id={F.email}
          type="email"
          autocomplete="off"
          label={tr('staffAdmin.f.email')}
          hint={tr('staffAdmin.f.email.hint')}
          required
          maxLength={254}
          errors={errors}
          value={draft.email}
          onValue={(email) => setDraft({ ...draft, email })}
        />
        <AccountFields commune={commune} ids={F} draft={draft} errors={errors} onDraft={(d) => setDraft({ ...draft, ...d })} />
        <button type="submit" class="button" aria-disabled={busy ? 'true' : undefined} data-testid="invite-submit">
          {tr('staffAdmin.invite.submit')}
        </button>
      </form>
    </section>
  );
}
