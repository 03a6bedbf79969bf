/**
 * What an admin sets about a staff member, in the invitation and in the editor alike: the display name, one role
 * (radio buttons, each with what it may do) and the departments (the commune's, as check boxes).
 */
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { STAFF_ROLES, type StaffRole } from '@tandem/shared/identity';
import { StaffAccountInvite } from '@tandem/shared/schemas/staff-accounts';
import { lt, tr } from '../../../lib/locale';
import { TextField } from '../../permits/fields';
import { FieldError, describedBy, type FieldErrors } from '../../report/form-errors';
import { roleLabel } from './account-format';

export interface AccountDraft {
  displayName: string;
  role: StaffRole;
  departments: string[];
}
export interface AccountFieldIds {
  name: string;
  role: string;
  departments: string;
}

/** The problems of the name and role, checked with the API's own schema. */
export function accountFieldErrors(d: AccountDraft, ids: AccountFieldIds): FieldErrors {
  const found: FieldErrors = {};
  if (!StaffAccountInvite.shape.displayName.safeParse(d.displayName).success) found[ids.name] = tr('staffAdmin.err.name');
  if (!StaffAccountInvite.shape.role.safeParse(d.role).success) found[ids.role] = tr('staffAdmin.err.role');
  return found;
}

export function AccountFields({
  commune,
  ids,
  draft,
  errors,
  roleLocked,
  onDraft,
}: {
  commune: PublicCommuneConfig;
  ids: AccountFieldIds;
  draft: AccountDraft;
  errors: FieldErrors;
  /** The admin's own account: their role stays (another admin may change it). */
  roleLocked?: boolean;
  onDraft(d: Partial<AccountDraft>): void;
}) {
  const toggle = (code: string, on: boolean) =>
    onDraft({ departments: on ? [...draft.departments, code] : draft.departments.filter((c) => c !== code) });
  return (
    <>
      <TextField
        id={ids.name}
        label={tr('staffAdmin.f.name')}
        hint={tr('staffAdmin.f.name.hint')}
        required
        maxLength={100}
        autocomplete="off"
        errors={errors}
        value={draft.displayName}
        onValue={(displayName) => onDraft({ displayName })}
      />
      <fieldset class="field" id={ids.role} tabindex={-1} aria-describedby={describedBy(ids.role, errors)}>
        <legend>{tr('staffAdmin.f.role')}</legend>
        <FieldError id={ids.role} errors={errors} />
        <div class="choices">
          {STAFF_ROLES.map((r) => (
            <label class="choice" key={r}>
              <input
                type="radio"
                name={ids.role}
                value={r}
                checked={draft.role === r}
                disabled={roleLocked && draft.role !== r}
                onChange={() => onDraft({ role: r })}
                data-testid={`${ids.role}-${r}`}
              />
              <span>
                <strong>{roleLabel(r)}</strong> — {tr(`staffAdmin.role.${r}.hint`)}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset class="field" id={ids.departments} aria-describedby={`${ids.departments}-hint`}>
        <legend>{tr('staffAdmin.f.departments')}</legend>
        <span class="hint" id={`${ids.departments}-hint`}>
          {tr('staffAdmin.f.departments.hint')}
        </span>
        <div class="choices">
          {commune.departments.map((d) => (
            <label class="choice" key={d.code}>
              <input
                type="checkbox"
                name={ids.departments}
                value={d.code}
                checked={draft.departments.includes(d.code)}
                onChange={(e) => toggle(d.code, e.currentTarget.checked)}
                data-testid={`${ids.departments}-${d.code}`}
              />
              <span>{lt(d.name)}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </>
  );
}
