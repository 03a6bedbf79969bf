/**
 * One column of a board (a status): its heading with the count, its cards, a drop target for dragged cards, and
 * « Afficher plus » while the column holds more than is shown. Focus stays on that button while it stays; when the
 * last page is in, it goes to the first card the page added (the button is gone, the reader goes on from there).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
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
  more,
  loadingMore,
  onMore,
}: {
  commune: PublicCommuneConfig;
  status: TaskStatus;
  cards: TaskSummaryView[];
  people: PersonView[] | undefined;
  onMove(id: string, to: TaskStatus): void;
  focusId?: string;
  onFocused(): void;
  /** The column holds more cards than are shown. */
  more: boolean;
  loadingMore: boolean;
  onMore(status: TaskStatus): void;
}) {
  const [over, setOver] = useState(false);
  const list = useRef<HTMLUListElement>(null);
  /** How many cards were shown when « Afficher plus » was pressed (where the added ones start). */
  const pressedAt = useRef<number>();
  useEffect(() => {
    if (loadingMore || pressedAt.current === undefined) return;
    const first = pressedAt.current;
    pressedAt.current = undefined;
    if (!more) list.current?.querySelectorAll<HTMLElement>('.board-card h3 a')[first]?.focus();
  }, [loadingMore, more, cards.length]);
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
        {statusLabel(status)} <span class="count">({more ? tr('workTasks.board.countMore', { n: cards.length }) : cards.length})</span>
      </h2>
      {cards.length === 0 ? (
        <p class="hint">{tr('workTasks.board.emptyColumn')}</p>
      ) : (
        <ul class="board-cards" ref={list}>
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
      {more && (
        <button
          type="button"
          class="button secondary board-more"
          aria-busy={loadingMore ? 'true' : undefined}
          aria-disabled={loadingMore ? 'true' : undefined}
          data-testid={`board-more-${status}`}
          onClick={() => {
            pressedAt.current = cards.length;
            onMore(status);
          }}
        >
          {tr('workTasks.board.more')}
          <span class="visually-hidden"> {tr('workTasks.board.moreWhat', { column: statusLabel(status) })}</span>
        </button>
      )}
    </section>
  );
}
