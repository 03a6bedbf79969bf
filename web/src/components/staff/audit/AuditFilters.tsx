/**
 * The audit log's filters, in one form applied by its button (dates and typed text would otherwise reload the list
 * at every keystroke): period (Brussels days; empty = the last 30 days), staff member, kind and item, action.
 */
import { useState } from 'preact/hooks';
import { AUDIT_ACTIONS, AUDIT_ITEM_KINDS } from '@tandem/shared/entities/audit-entry';
import { tr } from '../../../lib/locale';
import { FilterSelect, Filters as FilterFields } from '../list-table';
import { actionLabel, kindLabel } from './audit-format';

export interface AuditFilterValues {
  from: string;
  to: string;
  staff: string;
  kind: string;
  item: string;
  action: string;
}

export const AUDIT_FILTER_NAMES = ['from', 'to', 'staff', 'kind', 'item', 'action'] as const satisfies readonly (keyof AuditFilterValues)[];

function TextFilter({
  id,
  label,
  type = 'text',
  value,
  onValue,
  describedBy,
}: {
  id: string;
  label: string;
  type?: 'text' | 'date';
  value: string;
  onValue(v: string): void;
  describedBy?: string;
}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {/* Never type="email": the staff filter also takes the id (sub) the CSV gives. */}
      <input
        id={id}
        type={type}
        value={value}
        aria-describedby={describedBy}
        autocomplete="off"
        spellcheck={false}
        onInput={(e) => onValue(e.currentTarget.value)}
      />
    </div>
  );
}

export default function AuditFilters({ value, onApply }: { value: AuditFilterValues; onApply(f: AuditFilterValues): void }) {
  const [draft, setDraft] = useState(value);
  const set = (k: keyof AuditFilterValues) => (v: string) => setDraft({ ...draft, [k]: v });
  return (
    <form
      class="audit-filters"
      data-testid="audit-filters"
      onSubmit={(e) => {
        e.preventDefault();
        onApply({ ...draft, staff: draft.staff.trim(), item: draft.item.trim() });
      }}
    >
      <FilterFields>
        <TextFilter
          id="audit-from"
          label={tr('auditStaff.filter.from')}
          type="date"
          value={draft.from}
          onValue={set('from')}
          describedBy="audit-period-hint"
        />
        <TextFilter
          id="audit-to"
          label={tr('auditStaff.filter.to')}
          type="date"
          value={draft.to}
          onValue={set('to')}
          describedBy="audit-period-hint"
        />
        <TextFilter id="audit-staff" label={tr('auditStaff.filter.staff')} value={draft.staff} onValue={set('staff')} />
        <FilterSelect
          id="audit-kind"
          label={tr('auditStaff.filter.kind')}
          allLabel={tr('staff.filter.all')}
          value={draft.kind}
          options={AUDIT_ITEM_KINDS}
          labelOf={kindLabel}
          onValue={set('kind')}
        />
        <TextFilter id="audit-item" label={tr('auditStaff.filter.item')} value={draft.item} onValue={set('item')} />
        <FilterSelect
          id="audit-action"
          label={tr('auditStaff.filter.action')}
          allLabel={tr('staff.filter.all')}
          value={draft.action}
          options={AUDIT_ACTIONS}
          labelOf={actionLabel}
          onValue={set('action')}
        />
      </FilterFields>
      <p class="hint" id="audit-period-hint">
        {tr('auditStaff.filter.periodHint')}
      </p>
      <button type="submit" class="button" data-testid="audit-apply">
        {tr('auditStaff.filter.apply')}
      </button>
    </form>
  );
}
