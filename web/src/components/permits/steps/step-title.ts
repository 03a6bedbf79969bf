import type { PermitKind } from '@tandem/shared/permits/permit-details';
import { tr, type MessageKey } from '../../../lib/locale';
import type { StepId } from '../request-steps';

/** A step's title ("Où ?", or "Où se déroule l’évènement ?" for an event). */
export const stepTitle = (s: StepId, kind: PermitKind): string =>
  tr((s === 'where' && kind === 'event' ? 'permit.step.where.event' : `permit.step.${s}`) as MessageKey);
