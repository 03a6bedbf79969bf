/**
 * Moving a task to another status from the board (drag and drop, or « Déplacer vers… »): the card moves at once,
 * the change is sent with the version the board showed (one Idempotency-Key per intended move), and the outcome is
 * said in the board's live region. A stale version (409) reloads the board and says so; a refusal puts the card back.
 * While a move is on its way its card is in `moving`: live changes of it wait for the move (live/use-board-live.ts),
 * and the move's outcome is placed on the board as it is then (with what live changes merged meanwhile).
 */
import { useRef, useState } from 'preact/hooks';
import { canMoveTask, TASK_STATUSES, type TaskStatus } from '@tandem/shared/work/task-states';
import { ApiError, uuid } from '../../../lib/api';
import { tr } from '../../../lib/locale';
import { SignedOut } from '../session';
import { problemText } from '../staff-text';
import { sendJson, type Board, type TaskSummaryView, type TaskView } from './task-api';
import { statusLabel } from './task-format';

export function findCard(board: Board, id: string): TaskSummaryView | undefined {
  for (const s of TASK_STATUSES) {
    const c = board.columns[s]?.find((t) => t.id === id);
    if (c) return c;
  }
  return undefined;
}

/** The board with the card taken out of its column and put first in `to` (as given: status and version). */
export function withCard(board: Board, card: TaskSummaryView): Board {
  const columns = Object.fromEntries(
    TASK_STATUSES.map((s) => [s, (board.columns[s] ?? []).filter((t) => t.id !== card.id)]),
  ) as Board['columns'];
  columns[card.status] = [card, ...columns[card.status]];
  return { ...board, columns };
}

export function useTaskMove({
  commune,
  board,
  setBoard,
  reload,
  onSignedOut,
  onSettled,
}: {
  commune: string;
  board: Board | undefined;
  setBoard(b: Board): void;
  reload(): Promise<void>;
  onSignedOut(): void;
  /** A move is done (saved, refused or reloaded): live changes of the card that waited for it may be merged. */
  onSettled?(id: string): void;
}) {
  const [said, setSaid] = useState('');
  /** The card to focus once the board has drawn it in its new column. */
  const [focusId, setFocusId] = useState<string>();
  const keys = useRef(new Map<string, string>());
  const moving = useRef(new Set<string>());
  // The board as drawn last: live changes merged while a move was on its way stay.
  const latest = useRef(board);
  latest.current = board;

  const move = async (id: string, to: TaskStatus) => {
    const card = board && findCard(board, id);
    if (!board || !card || !canMoveTask(card.status, to)) return;
    const before = board;
    const optimistic = withCard(board, { ...card, status: to });
    moving.current.add(id);
    latest.current = optimistic;
    setBoard(optimistic);
    setFocusId(id);
    setSaid(tr('workTasks.board.moving', { title: card.title, to: statusLabel(to) }));
    const intent = `${id}#${card.version}#${to}`;
    const key = keys.current.get(intent) ?? uuid();
    keys.current.set(intent, key);
    try {
      const t = await sendJson<TaskView>(commune, 'PATCH', `staff/tasks/${encodeURIComponent(id)}`, key, {
        version: card.version,
        status: to,
      });
      keys.current.delete(intent);
      setBoard(withCard(latest.current ?? before, { ...card, status: t.status, version: t.version, dueAt: t.dueAt, overdue: t.overdue }));
      setSaid(tr('workTasks.board.moved', { title: card.title, to: statusLabel(to) }));
    } catch (e) {
      if (e instanceof ApiError) keys.current.delete(intent);
      if (e instanceof SignedOut) return onSignedOut();
      if (e instanceof ApiError && e.status === 409) {
        await reload();
        setSaid(tr('workTasks.board.conflict', { title: card.title }));
        return;
      }
      // Back where it was: the board as it was when nothing was merged meanwhile, else the card put back in its column.
      setBoard(latest.current === optimistic ? before : withCard(latest.current ?? before, card));
      setSaid(`${tr('workTasks.board.refused', { title: card.title })} ${problemText(e)}`);
    } finally {
      moving.current.delete(id);
      onSettled?.(id);
    }
  };
  return { move, said, say: setSaid, focusId, clearFocus: () => setFocusId(undefined), moving };
}
