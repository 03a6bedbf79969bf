/**
 * The fields of the request form's steps after the first (and, on the last one, the summary and the message to
 * the commune). Fetched with the checks once the person uses the form (load-form-rest.ts); RequestStep shows
 * the first step itself.
 */
import type { PermitsConfig } from '@tandem/shared/permits/permit-config';
import type { EventDetails, PermitKind } from '@tandem/shared/permits/permit-details';
import { requiredDocuments } from '@tandem/shared/permits/permit-rules';
import { tr } from '../../lib/locale';
import type { StepId } from './request-steps';
import { detailsOf, type RequestDraft } from './request-draft';
import DocumentsField from './DocumentsField';
import WhenStep from './steps/WhenStep';
import WhereStep from './steps/WhereStep';
import NeedsStep from './steps/NeedsStep';
import YouStep from './steps/YouStep';
import SummaryStep from './steps/SummaryStep';
import { stepTitle } from './steps/step-title';
import type { StepProps } from './steps/step-props';

export interface StepFieldsProps {
  stepId: StepId;
  kind: PermitKind;
  cfg: PermitsConfig;
  stepProps: StepProps;
  documents: {
    onChange(update: (a: RequestDraft['attachments']) => RequestDraft['attachments']): void;
    onBusy(delta: number): void;
  };
  /** Completing a request the commune sent back: a message may go with it. */
  askMessage: boolean;
  message: string;
  onMessage(text: string): void;
  onEdit(step: number): void;
}

export default function LaterSteps({ stepId, kind, cfg, stepProps, documents, askMessage, message, onMessage, onEdit }: StepFieldsProps) {
  const { commune, draft, errors: stepErrors } = stepProps;
  return (
    <>
      {stepId === 'when' && <WhenStep {...stepProps} />}
      {stepId === 'where' && <WhereStep {...stepProps} />}
      {stepId === 'needs' && <NeedsStep {...stepProps} />}
      {stepId === 'documents' && (
        <DocumentsField
          commune={commune.id}
          kind={kind}
          attachments={draft.attachments}
          required={requiredDocuments(cfg, kind, detailsOf(draft) as Partial<EventDetails>)}
          errors={stepErrors}
          onChange={documents.onChange}
          onBusy={documents.onBusy}
        />
      )}
      {stepId === 'you' && <YouStep {...stepProps} />}
      {stepId === 'summary' && (
        <>
          <SummaryStep {...stepProps} onEdit={onEdit} stepTitle={(s) => stepTitle(s, kind)} />
          {askMessage && (
            <div class="field">
              <label for="pf-message">
                {tr('permit.f.message')} <span class="hint-inline">({tr('report.optional')})</span>
              </label>
              <span class="hint" id="pf-message-hint">
                {tr('permit.f.message.hint')}
              </span>
              <textarea
                id="pf-message"
                rows={4}
                maxLength={2000}
                value={message}
                aria-describedby="pf-message-hint"
                onInput={(e) => onMessage(e.currentTarget.value)}
              />
            </div>
          )}
        </>
      )}
    </>
  );
}
