import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { PermitsConfig } from '@tandem/shared/permits/permit-config';
import type { FieldErrors } from '../../report/form-errors';
import type { RequestDraft } from '../request-draft';

/** What every step of the request form receives. */
export interface StepProps {
  commune: PublicCommuneConfig;
  cfg: PermitsConfig;
  draft: RequestDraft;
  errors: FieldErrors;
  /** Brussels date ('' until the page runs in the browser). */
  today: string;
  /** Changes some fields; `fields` are the control ids whose errors the change clears. */
  set(patch: Partial<RequestDraft>, ...fields: string[]): void;
  /** Filed at the counter by an agent (docs/counter.md): the requester's e-mail is optional. */
  counter?: boolean;
}
