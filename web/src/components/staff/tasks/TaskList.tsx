/**
 * The list of tasks (`?vue=liste`), filtered by department, status, assignee and words (kept in the address), with
 * the agent's saved views beside it, and its rows as CSV (exactly those shown: the filters or saved view applied).
 * A task changed by anyone (topic `tasks`) reads the list again quietly, once for a burst.
 */
import { useEffect, useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { TASK_STATUSES } from '@tandem/shared/work/task-states';
import { tr } from '../../../lib/locale';
import { navigate } from '../router';
import { FilterSelect, Filters } from '../list-table';
import { CsvButton } from '../csv-button';
import { taskCsv } from '@tandem/shared/work/work-csv';
import { departmentName } from '../../Timeline';
import { ErrorNotice } from '../page-states';
import { fetchTasks } from './task-api';
import { personName, statusLabel } from './task-format';
import { tasksHref } from './tasks-route';
import { filtersFromParams, paramsOfFilters, type ListFilters } from './saved-views';
import { useLoad } from './use-load';
import { usePeople } from './use-people';
import DepartmentPicker from './DepartmentPicker';
import SavedViews from './SavedViews';
import TaskTable from './TaskTable';
import { useLiveRefresh } from '../live/use-live';

export default function TaskList({
  commune,
  params,
  onSignedOut,
}: {
  commune: PublicCommuneConfig;
  params: URLSearchParams;
  onSignedOut(): void;
}) {
  const [filters, setFilters] = useState<ListFilters>(() => filtersFromParams(params));
  const [draft, setDraft] = useState(filters);
  const people = usePeople(commune.id);
  const list = useLoad(
    () =>
      fetchTasks(commune.id, { department: filters.department, status: filters.status, assignee: filters.assignee, q: filters.q.trim() }),
    [JSON.stringify(filters)],
    onSignedOut,
  );
  useLiveRefresh(commune.id, ['tasks'], () => void list.refresh());
  useEffect(() => document.getElementById('list-title')?.focus(), []);
  const apply = (f: ListFilters) => {
    setFilters(f);
    setDraft(f);
    navigate(tasksHref(commune.id, 'liste', paramsOfFilters(f)), true);
  };
  const items = list.data ?? [];
  return (
    <section aria-labelledby="list-title" data-testid="task-list" aria-busy={list.loading ? 'true' : undefined}>
      <h1 id="list-title" tabindex={-1}>
        {tr('workTasks.list.title')}
      </h1>
      <div class="list-layout">
        <form
          class="tasks-filters"
          onSubmit={(e) => {
            e.preventDefault();
            apply(draft);
          }}
        >
          <Filters>
            <DepartmentPicker
              commune={commune}
              id="filter-department"
              label={tr('workTasks.f.department')}
              allLabel={tr('workTasks.all.departments')}
              value={draft.department}
              onValue={(department) => setDraft({ ...draft, department })}
            />
            <FilterSelect
              id="filter-status"
              label={tr('workTasks.f.status')}
              allLabel={tr('workTasks.all.statuses')}
              value={draft.status}
              options={TASK_STATUSES}
              labelOf={statusLabel}
              onValue={(status) => setDraft({ ...draft, status })}
            />
            <FilterSelect
              id="filter-assignee"
              label={tr('workTasks.f.assignee')}
              allLabel={tr('workTasks.all.people')}
              value={draft.assignee}
              options={(people ?? []).map((p) => p.id)}
              labelOf={(id) => people?.find((p) => p.id === id)?.name ?? id}
              onValue={(assignee) => setDraft({ ...draft, assignee })}
            />
            <div class="field">
              <label for="filter-q">{tr('workTasks.f.words')}</label>
              <input id="filter-q" type="search" value={draft.q} onInput={(e) => setDraft({ ...draft, q: e.currentTarget.value })} />
            </div>
            <button type="submit" class="button">
              {tr('workTasks.list.apply')}
            </button>
          </Filters>
        </form>
        <SavedViews commune={commune.id} current={filters} onOpen={apply} />
      </div>
      <p class="status" role="status" aria-live="polite">
        {list.loading ? tr('common.loading') : tr('workTasks.count', { n: items.length })}
      </p>
      {list.error && <ErrorNotice message={list.error} onRetry={list.reload} />}
      {!list.loading && !list.error && items.length === 0 && <p>{tr('workTasks.list.empty')}</p>}
      {items.length > 0 && (
        <CsvButton
          name="taches"
          commune={commune.id}
          testId="tasks-csv"
          label={tr('workTasks.csv.download')}
          done={(file) => tr('workTasks.csv.done', { file })}
          table={() => taskCsv(items, { tr, person: (id) => personName(people, id), department: (code) => departmentName(commune, code) })}
        />
      )}
      {items.length > 0 && (
        <TaskTable commune={commune} tasks={items} people={people} caption={tr('workTasks.list.title')} testId="task-table" />
      )}
    </section>
  );
}
