/** A task's page: title, place (in words, on the map, and « Y aller » to the phone's navigation), description, photos, checklist, next step. */
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { navigationLink, navigationPlatform } from '@tandem/shared/field/navigation-link';
import { pictogramKind } from '@tandem/shared/field/pictogram-kind';
import { placePoint } from '@tandem/shared/field/today-order';
import type { FieldTaskView, OutboxApi, TodayStore } from '../contract';
import { tr, type MessageKey } from '../../../lib/locale';
import { NextStep } from './NextStep';
import { Pictogram } from './Pictogram';
import { hrefOf } from './route';
import TaskMap from './TaskMap';
import { dueText, placeText } from './words';

/** A task as kept, with pending actions applied; from the lists when the store does not know it by id. */
export function findTask(store: TodayStore, id: string): FieldTaskView | undefined {
  const today = store.today.value;
  return store.task(id) ?? [...(today?.mine ?? []), ...(today?.team ?? [])].find((t) => t.id === id);
}

export function NotFound() {
  return (
    <>
      <h1 tabIndex={-1}>{tr('field.notFound')}</h1>
      <a class="fa-button fa-secondary" href={hrefOf({ name: 'today' })}>
        {tr('field.back')}
      </a>
    </>
  );
}

export function TaskPage({
  id,
  store,
  outbox,
  commune,
}: {
  id: string;
  store: TodayStore;
  outbox: OutboxApi;
  commune: PublicCommuneConfig;
}) {
  void outbox.entries.value;
  const task = findTask(store, id);
  if (!task) return <NotFound />;
  const point = placePoint(task.place?.geometry);
  const place = placeText(task);
  const due = dueText(task);
  const platform = typeof navigator === 'undefined' ? 'other' : navigationPlatform(navigator.userAgent, navigator.maxTouchPoints);
  const go = point && navigationLink(point, task.place?.label ?? '', platform);
  return (
    <article class="fa-task">
      <a class="fa-back" href={hrefOf({ name: 'today' })}>
        {tr('field.back')}
      </a>
      <div class="fa-task-head">
        <Pictogram kind={pictogramKind(task.title, task.department)} />
        <h1 tabIndex={-1} id="fa-task-title">
          {task.title}
        </h1>
      </div>
      <p class="fa-card-when">
        <span class="fa-status">{tr(`field.status.${task.status}` as MessageKey)}</span>
        {task.priority === 'urgent' && <strong class="fa-urgent">{tr('field.urgent')}</strong>}
        <span class={`fa-due${due?.late ? ' fa-due-late' : ''}`}>{due ? due.text : tr('field.due.none')}</span>
      </p>
      {task.reportCode && <p>{tr('field.task.report', { code: task.reportCode })}</p>}
      <div class="fa-step">
        <NextStep task={task} outbox={outbox} titleId="fa-task-title" />
      </div>
      <h2>{tr('field.task.place')}</h2>
      <p class="fa-place">{place}</p>
      {go && (
        <a class="fa-button fa-secondary" href={go} {...(go.startsWith('https:') ? { target: '_blank', rel: 'noopener' } : {})}>
          {tr('field.task.go')}
          <span class="fa-sr"> ({tr('field.task.goHint')})</span>
        </a>
      )}
      {task.place && <TaskMap commune={commune} geometry={task.place.geometry} place={place} />}
      {task.description.trim() && (
        <>
          <h2>{tr('field.task.description')}</h2>
          <p class="fa-text">{task.description}</p>
        </>
      )}
      {task.photos.length > 0 && (
        <>
          <h2>{tr('field.task.photos')}</h2>
          <ul class="fa-task-photos">
            {task.photos.map((p, i) => (
              <li key={p.name}>
                <img src={p.url} alt={tr('field.task.photo', { n: i + 1 })} loading="lazy" />
              </li>
            ))}
          </ul>
        </>
      )}
      {task.checklist.length > 0 && (
        <>
          <h2>{tr('field.task.checklist')}</h2>
          <ul class="fa-checks">
            {task.checklist.map((c) => (
              <li key={c.id} class={c.done ? 'fa-done' : ''}>
                <span aria-hidden="true">{c.done ? '✓' : '○'}</span> {c.text}
                <span class="fa-sr"> ({tr(c.done ? 'field.status.done' : 'field.status.todo')})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <a class="fa-button fa-secondary" href={hrefOf({ name: 'report', taskId: task.id })}>
        {tr('field.report.open')}
      </a>
    </article>
  );
}
