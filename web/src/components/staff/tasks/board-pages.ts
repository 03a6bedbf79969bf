/**
 * « Afficher plus » on a board column: the column's next page is added under the cards already shown, without a card
 * the board already holds (one moved here before this page was loaded is shown once, where the move put it), and
 * how many were added is said in the board's live region.
 */
import { useRef, useState } from 'preact/hooks';
import { TASK_STATUSES, type TaskStatus } from '@tandem/shared/work/task-states';
import { tr } from '../../../lib/locale';
import { SignedOut } from '../session';
import { problemText } from '../staff-text';
import { fetchBoardPage, type Board, type BoardColumnPage } from './task-api';
import { statusLabel } from './task-format';

/** The board with `page` added at the end of its column, and how many cards that added. */
export function withPage(board: Board, page: BoardColumnPage): { board: Board; added: number } {
  const shown = new Set(TASK_STATUSES.flatMap((s) => (board.columns[s] ?? []).map((c) => c.id)));
  const fresh = page.cards.filter((c) => !shown.has(c.id));
  const cursors = { ...board.cursors };
  if (page.cursor) cursors[page.status] = page.cursor;
  else delete cursors[page.status];
  return {
    board: { ...board, columns: { ...board.columns, [page.status]: [...(board.columns[page.status] ?? []), ...fresh] }, cursors },
    added: fresh.length,
  };
}

export function useBoardPages({
  commune,
  department,
  board,
  setBoard,
  say,
  onSignedOut,
}: {
  commune: string;
  department: string;
  board: Board | undefined;
  setBoard(b: Board): void;
  say(text: string): void;
  onSignedOut(): void;
}) {
  const [busy, setBusy] = useState<TaskStatus>();
  // The board as drawn last: a card moved while the page was on its way is kept where the move put it.
  const latest = useRef(board);
  latest.current = board;
  const showMore = async (status: TaskStatus) => {
    const cursor = board?.cursors?.[status];
    if (!cursor || busy) return;
    setBusy(status);
    try {
      const page = await fetchBoardPage(commune, department, status, cursor);
      if (!latest.current) return;
      const next = withPage(latest.current, page);
      setBoard(next.board);
      say(tr(next.added === 1 ? 'workTasks.board.addedOne' : 'workTasks.board.added', { n: next.added, column: statusLabel(status) }));
    } catch (e) {
      if (e instanceof SignedOut) return onSignedOut();
      say(`${tr('workTasks.board.moreFailed', { column: statusLabel(status) })} ${problemText(e)}`);
    } finally {
      setBusy(undefined);
    }
  };
  return { showMore, busy };
}
