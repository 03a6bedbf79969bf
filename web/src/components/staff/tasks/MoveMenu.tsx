/**
 * « Déplacer vers… »: the keyboard's (and the touch screen's) way to move a card, the alternative to dragging. A
 * button opens the columns the card may move to (task-states.ts); Escape closes it and gives focus back. Once the
 * card is drawn in its new column, focus goes to its button again (`focus`), so the agent keeps their place.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { BOARD_COLUMNS, canMoveTask, type TaskStatus } from '@tandem/shared/work/task-states';
import { tr } from '../../../lib/locale';
import type { TaskSummaryView } from './task-api';
import { statusLabel } from './task-format';

export default function MoveMenu({
  card,
  onMove,
  focus,
  onFocused,
}: {
  card: TaskSummaryView;
  onMove(id: string, to: TaskStatus): void;
  focus: boolean;
  onFocused(): void;
}) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  const menuId = `move-${card.id}`;
  useEffect(() => {
    if (!focus) return;
    button.current?.focus();
    onFocused();
  }, [focus]);
  useEffect(() => {
    if (open) first.current?.focus();
  }, [open]);
  const targets = BOARD_COLUMNS.filter((s) => canMoveTask(card.status, s));
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <div class="move-menu">
      <button
        type="button"
        class="button secondary small"
        ref={button}
        aria-expanded={open ? 'true' : 'false'}
        aria-controls={menuId}
        onClick={() => setOpen(!open)}
        onKeyDown={(e) => e.key === 'Escape' && open && close()}
        data-testid={`move-${card.id}`}
      >
        {tr('workTasks.board.moveTo')}
        <span class="visually-hidden"> {tr('workTasks.board.moveWhat', { title: card.title })}</span>
      </button>
      {open && (
        <ul id={menuId} class="move-targets">
          {targets.map((s, i) => (
            <li key={s}>
              <button
                type="button"
                class="button small"
                ref={i === 0 ? first : undefined}
                onKeyDown={(e) => e.key === 'Escape' && close()}
                onClick={() => {
                  setOpen(false);
                  onMove(card.id, s);
                }}
              >
                {statusLabel(s)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
