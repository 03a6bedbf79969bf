/**
 * The fields of the request form's current step: the first step's here, the later ones (LaterSteps) once
 * fetched with the checks (load-form-rest.ts); until then, a loading line.
 */
import { tr } from '../../lib/locale';
import type { FormRest } from './load-form-rest';
import type { StepFieldsProps } from './LaterSteps';
import EventStep from './steps/EventStep';
import UseStep from './steps/UseStep';

export default function RequestStep({ rest, ...props }: StepFieldsProps & { rest: FormRest | undefined }) {
  const { stepId, stepProps } = props;
  if (stepId === 'event') return <EventStep {...stepProps} />;
  if (stepId === 'use') return <UseStep {...stepProps} />;
  if (!rest)
    return (
      <p class="status" data-testid="permit-step-loading">
        {tr('common.loading')}
      </p>
    );
  return <rest.LaterSteps {...props} />;
}
