/**
 * The request form's steps: which steps each kind of request has and which fields each step holds. Plain
 * lists (no zod): the form's first screen needs them, the checks (request-checks.ts) are fetched when a step
 * is first checked.
 */
import type { PermitKind } from '@tandem/shared/permits/permit-details';
import type { FieldErrors } from '../report/form-errors';

export type StepId = 'event' | 'use' | 'when' | 'where' | 'needs' | 'documents' | 'you' | 'summary';

export const KIND_STEPS: Record<PermitKind, readonly StepId[]> = {
  event: ['event', 'when', 'where', 'needs', 'documents', 'you', 'summary'],
  occupation: ['use', 'where', 'when', 'documents', 'you', 'summary'],
};

/** Form controls per step, in reading order (the error summary lists them in this order). */
export const STEP_FIELDS: Record<StepId, readonly string[]> = {
  event: ['pf-title', 'pf-description', 'pf-organiser-type', 'pf-organiser-name', 'pf-attendance'],
  use: ['pf-use', 'pf-description', 'pf-contractor'],
  when: ['pf-start', 'pf-start-time', 'pf-end', 'pf-end-time'],
  where: ['pf-place-label', 'pf-geometry', 'pf-length'],
  needs: ['pf-needs'],
  documents: ['pf-doc-insurance', 'pf-doc-plan', 'pf-doc-other'],
  you: ['pf-name', 'pf-organisation', 'pf-email', 'pf-phone', 'pf-address'],
  summary: ['pf-message'],
};

export function fieldOrder(kind: PermitKind): string[] {
  return KIND_STEPS[kind].flatMap((s) => STEP_FIELDS[s]);
}

/** The step (index) that holds a field, or -1. */
export function stepOfField(kind: PermitKind, id: string): number {
  return KIND_STEPS[kind].findIndex((s) => STEP_FIELDS[s].includes(id));
}

/** The errors of one step only. */
export function errorsOfStep(step: StepId, errors: FieldErrors): FieldErrors {
  return Object.fromEntries(Object.entries(errors).filter(([id]) => STEP_FIELDS[step].includes(id)));
}
