/**
 * A department's board, live (topic `board:<dept>`, and `tasks` for the cards it shows: a task that leaves the
 * department is announced on its new board only). A changed task is read again (GET staff/tasks/{id}) and merged in
 * (mergeCard): placed in its column, or taken out when it left the department or is gone, so the columns keep the
 * pages « Afficher plus » loaded — a reload would put every column back to its first page. A card the agent is moving
 * right now is left to the move (its answer places it); a change of it that came meanwhile is merged once the move is
 * done. What changed, and who changed it, is said in the board's polite live region. The agent's own changes are left
 * alone (by === their sub): their moves place themselves, and a card they changed elsewhere is not pulled from under them.
 */
import { useRef } from 'preact/hooks';
import type { RealtimeMessage } from '@tandem/shared/realtime/changes';
import { changeActor, mergeCard, type CardMerge } from '@tandem/shared/realtime/live-merge';
import { taskSummary } from '@tandem/shared/work/task-summary';
import { ApiError } from '../../../lib/api';
import { tr, type MessageKey } from '../../../lib/locale';
import '../../../lib/messages/live';
import { SignedOut } from '../session';
import { fetchTask, type Board, type PersonView, type TaskSummaryView, type TaskView } from '../tasks/task-api';
import { statusLabel } from '../tasks/task-format';
import { ownSub } from './own-sub';
import { useLive } from './use-live';

/** A task as its board card shows it. */
export const cardOf = (t: TaskView): TaskSummaryView => taskSummary(t, t.overdue);

/** The task now, or undefined when it is gone or no longer readable (404, 403). */
async function taskNow(commune: string, id: string): Promise<TaskView | undefined> {
  try {
    return await fetchTask(commune, id);
  } catch (e) {
    if (e instanceof ApiError && (e.status === 404 || e.status === 403)) return undefined;
    throw e;
  }
}

/** What the live region says of a merge. */
function mergeText(merge: Exclude<CardMerge, 'none'>, card: TaskSummaryView, actor: ReturnType<typeof changeActor>): string {
  if (merge === 'removed') return tr('live.board.removed', { title: card.title });
  const vars = { title: card.title, column: statusLabel(card.status) };
  if (actor.kind === 'named' || actor.kind === 'colleague')
    return tr(`live.board.${merge}` as MessageKey, { ...vars, who: actor.kind === 'named' ? actor.name : tr('live.someone') });
  return tr(`live.board.${merge}Anon` as MessageKey, vars);
}

export function useBoardLive({
  commune,
  department,
  board,
  setBoard,
  moving,
  people,
  say,
  onSignedOut,
}: {
  commune: string;
  department: string;
  board: Board | undefined;
  setBoard(b: Board): void;
  /** The cards the agent is moving now (use-task-move.ts). */
  moving: { readonly current: ReadonlySet<string> };
  people: readonly PersonView[] | undefined;
  say(text: string): void;
  onSignedOut(): void;
}) {
  const latest = useRef(board);
  latest.current = board;
  /** Changes of cards being moved, merged once the move is done (with who made the last one). */
  const deferred = useRef(new Map<string, string | undefined>());

  const merge = async (id: string, by: string | undefined) => {
    if (moving.current.has(id)) {
      deferred.current.set(id, by);
      return;
    }
    let task: TaskView | undefined;
    try {
      task = await taskNow(commune, id);
    } catch (e) {
      if (e instanceof SignedOut) onSignedOut();
      return; // the board stays as it is; the next change or a reload will tell
    }
    if (moving.current.has(id)) {
      deferred.current.set(id, by);
      return;
    }
    const shown = latest.current;
    if (!shown) return;
    const r = mergeCard(shown, department, id, task && cardOf(task));
    if (r.merge === 'none') return;
    latest.current = r.board;
    setBoard(r.board);
    const card = r.merge === 'removed' ? r.before : task && cardOf(task);
    if (card) say(mergeText(r.merge, card, changeActor(by, ownSub(), people)));
  };

  const shows = (id: string) => Object.values(latest.current?.columns ?? {}).some((cards) => cards.some((c) => c.id === id));
  useLive(commune, [`board:${department}`, 'tasks'], (m: RealtimeMessage) => {
    // The agent's own changes are already on this board (a move's answer places its card); from elsewhere (another
    // tab) they are not announced either: the board changes under no one's hand but a colleague's.
    if (m.entity !== 'task' || (m.by && m.by === ownSub())) return;
    // `tasks` tells of every task: only those this board shows matter (one that left it, or was deleted).
    if (!m.topics.includes(`board:${department}`) && !shows(m.ref)) return;
    void merge(m.ref, m.by);
  });

  /** The agent's move of `id` is done: a change of it that came meanwhile is merged now. */
  const settled = (id: string) => {
    if (!deferred.current.has(id)) return;
    const by = deferred.current.get(id);
    deferred.current.delete(id);
    void merge(id, by);
  };
  return { settled };
}
