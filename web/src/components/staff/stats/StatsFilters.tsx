/** The statistics' filters, applied by their button: the period (Brussels days; empty = the last 30 days) and a department. */
import { useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { tr, lt } from '../../../lib/locale';
import { FilterSelect, Filters } from '../list-table';

export interface StatsFilterValues {
  from: string;
  to: string;
  department: string;
}

export function statsFiltersFromUrl(): StatsFilterValues {
  const q = new URLSearchParams(location.search);
  return { from: q.get('from') ?? '', to: q.get('to') ?? '', department: q.get('department') ?? '' };
}

export default function StatsFilters({
  commune,
  value,
  onApply,
}: {
  commune: PublicCommuneConfig;
  value: StatsFilterValues;
  onApply(f: StatsFilterValues): void;
}) {
  const [draft, setDraft] = useState(value);
  const set = (k: keyof StatsFilterValues) => (v: string) => setDraft({ ...draft, [k]: v });
  // Outside bodies (review-only departments) handle no report: they have no figures of their own.
  const departments = commune.departments.filter((d) => !d.reviewOnly);
  return (
    <form
      class="audit-filters"
      data-testid="stats-filters"
      onSubmit={(e) => {
        e.preventDefault();
        onApply(draft);
      }}
    >
      <Filters>
        {(['from', 'to'] as const).map((k) => (
          <div class="field" key={k}>
            <label for={`stats-${k}`}>{tr(`stats.filter.${k}`)}</label>
            <input
              id={`stats-${k}`}
              type="date"
              value={draft[k]}
              aria-describedby="stats-period-hint"
              onInput={(e) => set(k)(e.currentTarget.value)}
            />
          </div>
        ))}
        <FilterSelect
          id="stats-department"
          label={tr('stats.filter.department')}
          allLabel={tr('stats.filter.allDepartments')}
          value={draft.department}
          options={departments.map((d) => d.code)}
          labelOf={(code) => lt(departments.find((d) => d.code === code)?.name) || code}
          onValue={set('department')}
        />
      </Filters>
      <p class="hint" id="stats-period-hint">
        {tr('stats.filter.periodHint')}
      </p>
      <button type="submit" class="button" data-testid="stats-apply">
        {tr('stats.filter.apply')}
      </button>
    </form>
  );
}
