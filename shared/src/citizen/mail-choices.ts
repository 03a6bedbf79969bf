/**
 * The citizen's choice of mails about their requests (docs/citizen-space.md), and the one rule the notifiers follow
 * for it. No zod here: the web's « Mon espace » imports it.
 */
import type { Locale } from '../commune-config.js';
import type { PermitState } from '../permits/permit-states.js';
import type { ReportState } from '../report-states.js';

/** `every-step`: a mail at every step (the default); `essential`: only when something is expected of me, and the end. */
export const MAIL_CHOICES = ['every-step', 'essential'] as const;
export type MailChoice = (typeof MAIL_CHOICES)[number];

export const DEFAULT_CITIZEN_PREFERENCES = { mails: 'every-step', locale: 'fr' } as const satisfies {
  mails: MailChoice;
  locale: Locale;
};

/**
 * The mails a preference never turns off, whatever the choice: the permit request's receipt (it starts the
 * commune's time limits), a request for information or for changes (the person must act), the decision and the
 * request's end; for a report, its closure (the answer, with the « pas réparé » link after a fix). `essential`
 * keeps only these; `every-step` adds the receipt of a report, the steps in between and the public updates.
 */
const PERMIT_MAILS_OF_RIGHT: ReadonlySet<PermitState> = new Set([
  'submitted',
  'incomplete',
  'changes_requested',
  'approved',
  'approved_with_conditions',
  'refused',
  'issued',
  'ended',
  'withdrawn',
  'cancelled',
]);
const REPORT_MAILS_OF_RIGHT: ReadonlySet<ReportState> = new Set(['fixed', 'not_responsible', 'duplicate', 'closed']);

/** Whether a mail about an event goes out under this choice (mails of right always do). */
export function mailWanted(choice: MailChoice, request: 'report' | 'permit', event: { kind: string; to?: string }): boolean {
  if (choice === 'every-step') return true;
  if (event.kind !== 'state_changed' || !event.to) return false;
  return request === 'report' ? REPORT_MAILS_OF_RIGHT.has(event.to as ReportState) : PERMIT_MAILS_OF_RIGHT.has(event.to as PermitState);
}
