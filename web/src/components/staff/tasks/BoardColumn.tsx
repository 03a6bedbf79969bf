/** One column of a board (a status): its heading with the count, its cards, and a drop target for dragged cards. */
import { useState } from 'preact/hooks';
import { canMoveTask, type TaskStatus } from '@tandem/shared/work/task-states';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { tr } from '../../../lib/locale';
import type { PersonView, TaskSummaryView } from './task-api';
import { statusLabel } from './task-format';
import BoardCard, { dragged } from './BoardCard';

export default function BoardColumn({
  commune,
  status,
  cards,
  people,
  onMove,
  focusId,
  onFocused,
}: {
  commune: PublicCommuneConfig;
  status: TaskStatus;
  cards: TaskSummaryView[];
  people: PersonView[] | undefined;
  onMove(id: string, to: TaskStatus): void;
  focusId?: string;
  onFocused(): void;
}) {
  const [over, setOver] = useState(false);
  const accepts = () => !!dragged.card && canMoveTask(dragged.card.status, status);
  return (
    <section
      class={`board-column${over ? ' drop-here' : ''}`}
      aria-labelledby={`col-${status}`}
      data-testid={`board-column-${status}`}
      onDragOver={(e) => {
        if (!accepts()) return;
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        if (accepts()) onMove(dragged.card!.id, status);
      }}
    >
      <h2 id={`col-${status}`}>
        {statusLabel(status)} <span class="count">({cards.length})</span>
      </h2>
      {cards.length === 0 ? (
        <p class="hint">{tr('workTasks.board.emptyColumn')}</p>
      ) : (
        <ul class="board-cards">
          {cards.map((c) => (
            <BoardCard
              key={c.id}
              commune={commune}
              card={c}
              people={people}
              onMove={onMove}
              focus={focusId === c.id}
              onFocused={onFocused}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
