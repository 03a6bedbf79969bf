/**
 * The friendly rule builder: a fieldset of big radios for the common rules (every working day, every week on a day,
 * every 2 weeks, every month on a date, the nth weekday of the month, or another RRULE typed), the choice's details
 * next to it, and the rule in words said as the agent chooses (a polite live region).
 */
import { NTHS, RULE_KINDS, rruleOfChoice, type RuleChoice, type RuleKind } from '@tandem/shared/work/rule-choice';
import { WEEKDAY_CODES, type WeekdayCode } from '@tandem/shared/work/rrule';
import { tr, type MessageKey } from '../../../../lib/locale';
import { describedBy, FieldError, type FieldErrors } from '../../../report/form-errors';
import { RF } from './recurrence-draft';
import { ruleInWords, weekdayLabel } from './rule-words';

const DAYS = Array.from({ length: 31 }, (_, i) => i + 1);

function Select({
  id,
  label,
  value,
  options,
  onValue,
}: {
  id: string;
  label: string;
  value: string;
  options: [string, string][];
  onValue(v: string): void;
}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onValue(e.currentTarget.value)}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

function Details({ choice, set }: { choice: RuleChoice; set(p: Partial<RuleChoice>): void }) {
  const weekday = (
    <Select
      id="rf-weekday"
      label={tr('recurring.ui.rule.weekday')}
      value={choice.weekday}
      options={WEEKDAY_CODES.map((c, i) => [c, weekdayLabel(i)])}
      onValue={(v) => set({ weekday: v as WeekdayCode })}
    />
  );
  switch (choice.kind) {
    case 'weekly':
    case 'biweekly':
      return weekday;
    case 'monthDay':
      return (
        <Select
          id="rf-month-day"
          label={tr('recurring.ui.rule.monthDayNumber')}
          value={String(choice.monthDay)}
          options={[...DAYS.map((d): [string, string] => [String(d), String(d)]), ['-1', tr('recurring.ui.rule.lastDay')]]}
          onValue={(v) => set({ monthDay: Number(v) })}
        />
      );
    case 'nthWeekday':
      return (
        <div class="rule-details-pair">
          <Select
            id="rf-nth"
            label={tr('recurring.ui.rule.nth')}
            value={String(choice.nth)}
            options={NTHS.map((n) => [String(n), tr(`recurring.ui.rule.nth.${n}` as MessageKey)])}
            onValue={(v) => set({ nth: Number(v) })}
          />
          {weekday}
        </div>
      );
    default:
      return null;
  }
}

export default function RuleBuilder({
  choice,
  start,
  time,
  errors,
  set,
}: {
  choice: RuleChoice;
  start: string;
  time: string;
  errors: FieldErrors;
  set(p: Partial<RuleChoice>): void;
}) {
  const words = ruleInWords(rruleOfChoice(choice), start, time);
  return (
    <fieldset id={RF.rule} tabIndex={-1} class="rule-builder" aria-describedby={describedBy(RF.rule, errors, 'rf-rule-words')}>
      <legend>{tr('recurring.ui.rule.legend')}</legend>
      <FieldError id={RF.rule} errors={errors} />
      <div class="rule-kinds">
        {RULE_KINDS.map((kind: RuleKind) => (
          <label key={kind} class="rule-kind">
            <input
              type="radio"
              name="rf-kind"
              value={kind}
              checked={choice.kind === kind}
              onChange={() => set({ kind })}
              data-testid={`rule-${kind}`}
            />
            <span>{tr(`recurring.ui.rule.${kind}` as MessageKey)}</span>
          </label>
        ))}
      </div>
      <Details choice={choice} set={set} />
      {choice.kind === 'custom' && (
        <div class="field">
          <label for="rf-rule-text">{tr('recurring.ui.rule.text')}</label>
          <input
            id="rf-rule-text"
            value={choice.text}
            spellcheck={false}
            autocomplete="off"
            onInput={(e) => set({ text: e.currentTarget.value })}
            aria-invalid={errors[RF.rule] ? 'true' : undefined}
          />
        </div>
      )}
      <p id="rf-rule-words" class="rule-words" aria-live="polite" data-testid="rule-words">
        <strong>{tr('recurring.ui.rule.inWords')}</strong> {words ?? tr('recurring.ui.rule.unreadable')}
      </p>
    </fieldset>
  );
}
