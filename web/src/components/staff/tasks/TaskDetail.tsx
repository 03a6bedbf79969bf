/**
 * One task (`/{commune}/agents/taches/{id}/`): what it is, its status, checklist, people, place, files and links,
 * comments with @mentions and its activity; watch or stop watching. Every change sends the version shown (409:
 * reloaded and said, useStaffResource) with one Idempotency-Key per intended change. A colleague's change (topic
 * `task:<id>`) raises a banner naming them, with « Recharger » (live/ChangedBanner.tsx): what the agent was typing stays.
 */
import { mayReadItem, personActor } from '@tandem/shared/realtime/topics';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { tr, type MessageKey } from '../../../lib/locale';
import { useFocusOn, useStaffResource } from '../use-staff-resource';
import { BackLink, NotLoaded } from '../page-states';
import { may } from '../may';
import type { TaskChange } from '@tandem/shared/schemas/work';
import type { TaskView } from './task-api';
import { tasksHref } from './tasks-route';
import { usePeople } from './use-people';
import TaskFacts from './TaskFacts';
import TaskStatusForm from './TaskStatusForm';
import TaskChecklist from './TaskChecklist';
import TaskEditForm from './TaskEditForm';
import TaskLinks from './TaskLinks';
import TaskFiles from './TaskFiles';
import TaskComments from './TaskComments';
import TaskActivity from './TaskActivity';
import WatchButton from './WatchButton';
import ReportRepaired from './ReportRepaired';
import { useItemChanges } from '../live/use-item-changes';
import ChangedBanner from '../live/ChangedBanner';

/** A change to the task, with the version shown: resolves true once saved (false: signed out or reloaded after a 409). */
export type PatchTask = (change: Omit<TaskChange, 'version'>, saved: MessageKey) => Promise<boolean>;

export default function TaskDetail({ commune, id, onSignedOut }: { commune: PublicCommuneConfig; id: string; onSignedOut(): void }) {
  const res = useStaffResource<TaskView>({
    commune: commune.id,
    path: `staff/tasks/${encodeURIComponent(id)}`,
    onSignedOut,
    notFound: 'workTasks.notFound',
    conflict: 'workTasks.conflict',
  });
  const people = usePeople(commune.id);
  const noticeRef = useFocusOn<HTMLParagraphElement>(res.notice);
  const live = useItemChanges({ commune: commune.id, topic: `task:${id}`, path: `staff/tasks/${encodeURIComponent(id)}`, shown: res.item });
  const back = { href: tasksHref(commune.id), label: tr('workTasks.back') };
  if (!res.item) return <NotLoaded error={res.loadError} back={back} onRetry={res.load} />;
  const t = res.item;
  const patch: PatchTask = (change, saved) =>
    live.saved(() => res.change('PATCH', '', { ...change, version: t.version }, () => ({ kind: 'ok', text: tr(saved) })));
  const itemPath = `staff/tasks/${encodeURIComponent(t.id)}`;
  // What this person may do with this task (the role matrix; the API stays the judge).
  const subject = { department: t.department, assignees: t.assignees };
  const can = (a: 'edit' | 'move' | 'tick') => may(commune, 'PATCH /api/{commune}/staff/tasks/{id}', a, subject);
  const canComment = may(commune, 'POST /api/{commune}/staff/tasks/{id}/comments', 'comment', subject);
  const canWatch = may(commune, 'PUT /api/{commune}/staff/tasks/{id}/watch', 'watch', subject);
  const reload = async () => {
    await res.load();
  };
  const reloadNow = () => {
    live.dismiss();
    void res.load();
  };
  return (
    <article class="task-detail" aria-labelledby="task-title" data-testid="task-detail">
      <BackLink {...back} />
      <h1 id="task-title" ref={res.heading} tabindex={-1}>
        {t.title}
      </h1>
      <ChangedBanner commune={commune.id} entity="task" changed={live.changed} onReload={reloadNow} />
      {res.notice && (
        <p
          class={`notice ${res.notice.kind === 'warn' ? 'warn' : 'ok'}`}
          role="status"
          tabindex={-1}
          ref={noticeRef}
          data-testid="task-notice"
        >
          {res.notice.text}
        </p>
      )}
      <div class="task-layout">
        <div class="task-main">
          {t.description && <p class="task-description">{t.description}</p>}
          <TaskChecklist task={t} patch={patch} canTick={can('tick')} canAdd={can('edit')} />
          {canComment && (
            <TaskComments
              commune={commune}
              itemPath={itemPath}
              people={people}
              mayRead={(p) => mayReadItem(personActor(p), commune, 'task', subject)}
              onPosted={reload}
              onSignedOut={onSignedOut}
            />
          )}
          <TaskActivity commune={commune} activity={t.activity ?? []} people={people} />
        </div>
        <aside class="task-side" aria-label={tr('workTasks.detail.side')}>
          <TaskFacts commune={commune} task={t} people={people} />
          {canWatch && (
            <WatchButton commune={commune.id} itemPath={itemPath} watching={!!t.watching} onChanged={reload} onSignedOut={onSignedOut} />
          )}
          {can('move') && <TaskStatusForm task={t} patch={patch} />}
          <ReportRepaired commune={commune.id} task={t} onSignedOut={onSignedOut} />
          <TaskLinks commune={commune.id} task={t} patch={patch} canEdit={can('edit')} />
          <TaskFiles commune={commune.id} task={t} patch={patch} canAdd={can('tick')} />
        </aside>
      </div>
      {can('edit') && <TaskEditForm commune={commune} task={t} people={people} patch={patch} />}
    </article>
  );
}
