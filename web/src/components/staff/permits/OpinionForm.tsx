/**
 * A department's opinion on a request: favourable, unfavourable or conditional, with a text (required
 * unless favourable). One form per department of the signed-in agent that still owes one.
 */
import { useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { OPINION_VERDICTS, type OpinionVerdict } from '@tandem/shared/permits/permit-api';
import { tr, type MessageKey } from '../../../lib/locale';
import { deptName, formatDay } from './permit-format';
import { describedBy, ErrorSummary, FieldError, type FieldErrors } from '../../report/form-errors';
import { useFormSubmit } from '../use-form-submit';
import type { PermitMutate } from './mutate';

export default function OpinionForm({
  commune,
  department,
  due,
  mutate,
}: {
  commune: PublicCommuneConfig;
  department: string;
  due?: string;
  mutate: PermitMutate;
}) {
  const [verdict, setVerdict] = useState<OpinionVerdict | ''>('');
  const [text, setText] = useState('');
  const { errors, busy, summary, onSubmit } = useFormSubmit();
  const p = `op-${department}`;
  const verdictId = `${p}-verdict`;
  const textId = `${p}-text`;

  const submit = onSubmit(
    () => {
      const found: FieldErrors = {};
      if (!verdict) found[verdictId] = tr('permitStaff.opinion.error.verdict');
      if (verdict && verdict !== 'favourable' && text.trim().length < 3) found[textId] = tr('permitStaff.opinion.error.text');
      return found;
    },
    () => mutate(`opinions/${encodeURIComponent(department)}`, { verdict, text: text.trim() }),
    () => {
      setVerdict('');
      setText('');
    },
  );

  const textRequired = verdict !== '' && verdict !== 'favourable';
  return (
    <form onSubmit={submit} noValidate data-testid={`opinion-form-${department}`} aria-labelledby={`${p}-title`}>
      <fieldset>
        <legend id={`${p}-title`}>{tr('permitStaff.opinion.give', { department: deptName(commune, department) })}</legend>
        {due && <p class="hint">{tr('permitStaff.opinion.dueHint', { date: formatDay(due) })}</p>}
        <ErrorSummary prefix={p} order={[verdictId, textId]} level={3} {...summary} />
        <fieldset class="field" aria-describedby={describedBy(verdictId, errors)}>
          <legend class="label">{tr('permitStaff.opinion.verdict')}</legend>
          <FieldError id={verdictId} errors={errors} />
          <div class="choices">
            {OPINION_VERDICTS.map((v, i) => (
              <label class="choice" key={v}>
                <input
                  type="radio"
                  name={verdictId}
                  id={i === 0 ? verdictId : `${verdictId}-${v}`}
                  value={v}
                  checked={verdict === v}
                  aria-invalid={errors[verdictId] ? 'true' : undefined}
                  onChange={() => setVerdict(v)}
                />
                {tr(`permit.verdict.${v}` as MessageKey)}
              </label>
            ))}
          </div>
        </fieldset>
        <div class="field">
          <label for={textId}>
            {tr('permitStaff.opinion.text')}{' '}
            {textRequired ? (
              <span class="req">{tr('permitStaff.required')}</span>
            ) : (
              <span class="hint-inline">{tr('permitStaff.optional')}</span>
            )}
          </label>
          <span class="hint" id={`${textId}-hint`}>
            {tr('permitStaff.opinion.text.hint')}
          </span>
          <FieldError id={textId} errors={errors} />
          <textarea
            id={textId}
            rows={4}
            maxLength={4000}
            value={text}
            aria-invalid={errors[textId] ? 'true' : undefined}
            aria-describedby={describedBy(textId, errors, `${textId}-hint`)}
            onInput={(e) => setText(e.currentTarget.value)}
          />
        </div>
        <button type="submit" class="button" aria-disabled={busy ? 'true' : undefined}>
          {tr('permitStaff.opinion.submit')}
        </button>
      </fieldset>
    </form>
  );
}
