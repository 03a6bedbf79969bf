/**
 * « Mon travail »: what is assigned to me, where I was mentioned, what I watch, what is overdue, what is due this
 * week — each list a deep link (`?vue=`), tasks and reports alike, each line opening its item's staff page. Read
 * again quietly (once for a burst) on a change that concerns the person (`user:<sub>`: assignments, mentions) or any
 * task (`tasks`: one's due dates and statuses).
 */
import { useEffect } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { ReportState } from '@tandem/shared/report-states';
import { tr, formatDate, stateLabel, type MessageKey } from '../../../lib/locale';
import { departmentName } from '../../Timeline';
import { linkClick } from '../router';
import { Cell, ListTable } from '../list-table';
import { ErrorNotice } from '../page-states';
import { fetchMyWork, MY_WORK_VIEWS, type MyWorkEntry, type MyWorkView } from './task-api';
import { dueText, personName, priorityLabel, statusLabel } from './task-format';
import { linkHref, MY_WORK_WORDS, tasksHref } from './tasks-route';
import { useLoad } from './use-load';
import { usePeople } from './use-people';
import { useLiveRefresh } from '../live/use-live';
import { ownSub } from '../live/own-sub';

const COLUMNS: MessageKey[] = [
  'workTasks.col.title',
  'workTasks.col.kind',
  'workTasks.col.status',
  'workTasks.col.due',
  'workTasks.col.department',
];

export default function MyWork({ commune, view, onSignedOut }: { commune: PublicCommuneConfig; view: MyWorkView; onSignedOut(): void }) {
  const list = useLoad(() => fetchMyWork(commune.id, view), [view], onSignedOut);
  const people = usePeople(commune.id);
  const sub = ownSub();
  useLiveRefresh(commune.id, sub ? [`user:${sub}`, 'tasks'] : ['tasks'], () => void list.refresh());
  useEffect(() => document.getElementById('my-work-title')?.focus(), []);
  const items = list.data ?? [];
  return (
    <section aria-labelledby="my-work-title" data-testid="my-work" aria-busy={list.loading ? 'true' : undefined}>
      <h1 id="my-work-title" tabindex={-1}>
        {tr('workTasks.myWork.title')}
      </h1>
      <nav class="tasks-subviews" aria-label={tr('workTasks.myWork.lists')}>
        <ul>
          {MY_WORK_VIEWS.map((v) => (
            <li key={v}>
              <a
                href={tasksHref(commune.id, MY_WORK_WORDS[v])}
                onClick={linkClick}
                aria-current={v === view ? 'page' : undefined}
                data-testid={`my-work-${v}`}
              >
                {tr(`workTasks.myWork.${v}` as MessageKey)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <p class="status" role="status" aria-live="polite">
        {list.loading ? tr('common.loading') : tr('workTasks.count', { n: items.length })}
      </p>
      {list.error && <ErrorNotice message={list.error} onRetry={list.reload} />}
      {!list.loading && !list.error && items.length === 0 && (
        <p data-testid="my-work-empty">{tr(`workTasks.myWork.empty.${view}` as MessageKey)}</p>
      )}
      {items.length > 0 && (
        <ListTable class="tasks-table" testId="my-work-table" caption={tr(`workTasks.myWork.${view}` as MessageKey)} columns={COLUMNS}>
          {items.map((e) => (
            <Row key={`${e.kind}#${e.id}#${e.at ?? ''}`} commune={commune} entry={e} who={e.by ? personName(people, e.by) : ''} />
          ))}
        </ListTable>
      )}
    </section>
  );
}

function Row({ commune, entry: e, who }: { commune: PublicCommuneConfig; entry: MyWorkEntry; who: string }) {
  const overdue = !!e.overdue;
  return (
    <tr>
      <Cell k="workTasks.col.title">
        <a href={linkHref(commune.id, e.kind, e.id)} onClick={linkClick}>
          {e.title || e.id}
        </a>
        {e.at && <span class="hint"> {tr('workTasks.myWork.mentionedBy', { who: who || '—', at: formatDate(e.at) })}</span>}
      </Cell>
      <Cell k="workTasks.col.kind">{tr(`workTasks.kind.${e.kind}` as MessageKey)}</Cell>
      <Cell k="workTasks.col.status">
        {statusOf(e)}
        {e.priority && e.priority !== 'normal' ? ` · ${priorityLabel(e.priority)}` : ''}
      </Cell>
      <Cell k="workTasks.col.due">
        {dueText(e.dueAt)}
        {overdue && <strong class="overdue"> {tr('workTasks.overdue')}</strong>}
      </Cell>
      <Cell k="workTasks.col.department">{departmentName(commune, e.department) || '—'}</Cell>
    </tr>
  );
}

/** A task's status in the tasks' words, a report's in the reports' (permits and projects as the API says). */
function statusOf(e: MyWorkEntry): string {
  if (!e.status) return '—';
  if (e.kind === 'task') return statusLabel(e.status);
  if (e.kind === 'report') return stateLabel(e.status as ReportState);
  return e.status;
}
