/**
 * A department's board (`?vue=tableau&service=<code>`): its tasks in columns à faire, en cours, en attente, fait,
 * annulé, and the opinions it owes on permits. A card moves by drag and drop or, from the keyboard, with its
 * « Déplacer vers… » menu; every move is said in the board's live region (use-task-move.ts). A column shows its first
 * page; « Afficher plus » adds the next one (board-pages.ts), said in the same live region. A card a colleague moved,
 * added or took away shows at once where it now is, the loaded pages kept (live/use-board-live.ts), and the live
 * region says who did what.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { BOARD_COLUMNS } from '@tandem/shared/work/task-states';
import { tr } from '../../../lib/locale';
import { navigate } from '../router';
import { session } from '../session';
import { staffGroups } from '../staff-groups';
import { ErrorNotice } from '../page-states';
import { fetchBoard } from './task-api';
import { tasksHref } from './tasks-route';
import { useLoad } from './use-load';
import { usePeople } from './use-people';
import { useTaskMove } from './use-task-move';
import { useBoardPages } from './board-pages';
import BoardColumn from './BoardColumn';
import OwedOpinions from './OwedOpinions';
import DepartmentPicker from './DepartmentPicker';
import { useBoardLive } from '../live/use-board-live';

/** The board a person opens first: the department asked for, else their own first, else the commune's first. */
function boardDepartment(commune: PublicCommuneConfig, asked: string): string {
  const codes = commune.departments.map((d) => d.code);
  if (codes.includes(asked)) return asked;
  const s = session.value;
  const mine = s ? codes.find((c) => staffGroups(s).departments.includes(c)) : undefined;
  return mine ?? codes[0];
}

export default function TaskBoard({
  commune,
  department: asked,
  onSignedOut,
}: {
  commune: PublicCommuneConfig;
  department: string;
  onSignedOut(): void;
}) {
  const department = boardDepartment(commune, asked);
  const board = useLoad(() => fetchBoard(commune.id, department), [department], onSignedOut);
  const people = usePeople(commune.id);
  const settled = useRef<(id: string) => void>();
  const mover = useTaskMove({
    commune: commune.id,
    board: board.data,
    setBoard: board.set,
    reload: board.reload,
    onSignedOut,
    onSettled: (id) => settled.current?.(id),
  });
  const live = useBoardLive({
    commune: commune.id,
    department,
    board: board.data,
    setBoard: board.set,
    moving: mover.moving,
    people,
    say: mover.say,
    onSignedOut,
  });
  settled.current = live.settled;
  const pages = useBoardPages({ commune: commune.id, department, board: board.data, setBoard: board.set, say: mover.say, onSignedOut });
  useEffect(() => {
    if (asked !== department) navigate(tasksHref(commune.id, 'tableau', { service: department }), true);
    document.getElementById('board-title')?.focus();
  }, []);

  return (
    <section aria-labelledby="board-title" data-testid="task-board" aria-busy={board.loading ? 'true' : undefined}>
      <h1 id="board-title" tabindex={-1}>
        {tr('workTasks.board.title')}
      </h1>
      <DepartmentPicker
        commune={commune}
        id="board-department"
        label={tr('workTasks.board.department')}
        value={department}
        onValue={(service) => navigate(tasksHref(commune.id, 'tableau', { service }), true)}
      />
      <p class="hint">{tr('workTasks.board.help')}</p>
      <p class="board-live notice" role="status" aria-live="polite" data-testid="board-live" hidden={!mover.said}>
        {mover.said}
      </p>
      {board.error && <ErrorNotice message={board.error} onRetry={board.reload} />}
      {board.loading && !board.data && <p role="status">{tr('common.loading')}</p>}
      {board.data && (
        <>
          <div class="board-columns">
            {BOARD_COLUMNS.map((s) => (
              <BoardColumn
                key={s}
                commune={commune}
                status={s}
                cards={board.data!.columns[s] ?? []}
                people={people}
                onMove={mover.move}
                focusId={mover.focusId}
                onFocused={mover.clearFocus}
                more={!!board.data!.cursors?.[s]}
                loadingMore={pages.busy === s}
                onMore={pages.showMore}
              />
            ))}
          </div>
          <OwedOpinions commune={commune} opinions={board.data.opinions ?? []} />
        </>
      )}
    </section>
  );
}
