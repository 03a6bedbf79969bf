/** A task on « Aujourd’hui »: a big card (its pictogram, title, place in words, due time, distance) and its next step. */
import { distanceMetres, type LatLng } from '@tandem/shared/geo';
import { pictogramKind } from '@tandem/shared/field/pictogram-kind';
import { placePoint } from '@tandem/shared/field/today-order';
import type { FieldTaskView, OutboxApi } from '../contract';
import { tr } from '../../../lib/locale';
import { NextStep } from './NextStep';
import { Pictogram } from './Pictogram';
import { hrefOf } from './route';
import { distanceText, dueText, placeText } from './words';

export function TaskCard({ task, outbox, from }: { task: FieldTaskView; outbox: OutboxApi; from?: LatLng }) {
  const due = dueText(task);
  const point = placePoint(task.place?.geometry);
  const titleId = `fa-card-${task.id}`;
  return (
    <li class={`fa-card${due?.late ? ' fa-late' : ''}`} data-task={task.id}>
      <a class="fa-card-link" href={hrefOf({ name: 'task', id: task.id })}>
        <Pictogram kind={pictogramKind(task.title, task.department)} />
        <span class="fa-card-text">
          <span class="fa-card-title" id={titleId}>
            {task.title}
          </span>
          <span class="fa-card-place">{placeText(task)}</span>
          <span class="fa-card-when">
            {task.priority === 'urgent' && <strong class="fa-urgent">{tr('field.urgent')}</strong>}
            <span class="fa-due">{due ? due.text : tr('field.due.none')}</span>
            {from && point && <span class="fa-distance">{distanceText(distanceMetres(from, point))}</span>}
          </span>
        </span>
      </a>
      <div class="fa-card-step">
        <NextStep task={task} outbox={outbox} titleId={titleId} />
      </div>
    </li>
  );
}
