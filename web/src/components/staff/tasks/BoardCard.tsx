/** A task's card on a board: its title (the way to the task), priority, due instant and people; draggable, and movable from the keyboard. */
import { tr } from '../../../lib/locale';
import type { TaskStatus } from '@tandem/shared/work/task-states';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { linkClick } from '../router';
import { may } from '../may';
import type { PersonView, TaskSummaryView } from './task-api';
import { dueText, personName, priorityLabel } from './task-format';
import { taskHref } from './tasks-route';
import MoveMenu from './MoveMenu';

/** The card being dragged (dataTransfer cannot be read while dragging over a column). */
export const dragged: { card?: TaskSummaryView } = {};

export default function BoardCard({
  commune,
  card,
  people,
  onMove,
  focus,
  onFocused,
}: {
  commune: PublicCommuneConfig;
  card: TaskSummaryView;
  people: PersonView[] | undefined;
  onMove(id: string, to: TaskStatus): void;
  focus: boolean;
  onFocused(): void;
}) {
  const movable = may(commune, 'PATCH /api/{commune}/staff/tasks/{id}', 'move', { department: card.department, assignees: card.assignees });
  return (
    <li
      class={`board-card priority-${card.priority}${movable ? '' : ' fixed'}`}
      draggable={movable}
      data-testid={`board-card-${card.id}`}
      onDragStart={(e) => {
        if (!movable) return;
        dragged.card = card;
        e.dataTransfer?.setData('text/plain', card.id);
      }}
      onDragEnd={() => (dragged.card = undefined)}
    >
      <h3>
        <a href={taskHref(commune.id, card.id)} onClick={linkClick}>
          {card.title}
        </a>
      </h3>
      <p class="card-meta">
        {card.priority !== 'normal' && <span class={`badge priority-${card.priority}`}>{priorityLabel(card.priority)}</span>}{' '}
        <span>{dueText(card.dueAt)}</span>
        {card.overdue && <strong class="overdue"> {tr('workTasks.overdue')}</strong>}
      </p>
      {card.assignees.length > 0 && <p class="card-people">{card.assignees.map((a) => personName(people, a)).join(', ')}</p>}
      {movable && <MoveMenu card={card} onMove={onMove} focus={focus} onFocused={onFocused} />}
    </li>
  );
}
