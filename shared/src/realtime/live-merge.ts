/**
 * What a live change does to a screen that holds loaded pages (docs/realtime.md, « The staff app's client »): the
 * staff app merges the one changed item into what it shows instead of reading everything again, which would drop the
 * pages « Afficher plus » added. Pure, so that the rules are tested without a browser; the screens do the fetching.
 */

/** A board card as the merge reads it: a task summary (schemas/work.ts TaskSummaryView) has these and more. */
export interface MergeCard {
  id: string;
  status: string;
  department: string;
  version: number;
}

/** A board as the staff app holds it: each column's cards loaded so far. */
export interface MergeBoard<C extends MergeCard> {
  columns: Record<string, C[]>;
}

/** What the merge did, for the board's live region: nothing, a card added, moved to another column, changed in place, or gone. */
export type CardMerge = 'none' | 'added' | 'moved' | 'updated' | 'removed';

/**
 * The board after a task changed: `task` is the task as the API answers it now (undefined: deleted, or no longer
 * readable). A task of another department (it left this board) is taken out; one of this department is replaced where
 * it was when it kept its column, or put first in its new column (as a move does) when it changed column or is new.
 * An answer older than the card shown (a lower version: the reads crossed) changes nothing; so does the same version
 * in the same column (the agent's own change, already shown). The board is not changed in place.
 */
export function mergeCard<C extends MergeCard, B extends MergeBoard<C>>(
  board: B,
  department: string,
  id: string,
  task: C | undefined,
): { board: B; merge: CardMerge; before?: C } {
  let before: C | undefined;
  let from: string | undefined;
  for (const [status, cards] of Object.entries(board.columns)) {
    const found = cards.find((c) => c.id === id);
    if (found) {
      before = found;
      from = status;
      break;
    }
  }
  const stays = task && task.department === department && task.status in board.columns;
  if (!stays) {
    if (!from) return { board, merge: 'none' };
    return {
      board: { ...board, columns: { ...board.columns, [from]: board.columns[from].filter((c) => c.id !== id) } },
      merge: 'removed',
      before,
    };
  }
  if (before && (task.version < before.version || (task.version === before.version && task.status === from))) {
    return { board, merge: 'none', before };
  }
  if (from === task.status) {
    return {
      board: { ...board, columns: { ...board.columns, [from]: board.columns[from].map((c) => (c.id === id ? task : c)) } },
      merge: 'updated',
      before,
    };
  }
  const columns = { ...board.columns };
  if (from) columns[from] = columns[from].filter((c) => c.id !== id);
  columns[task.status] = [task, ...columns[task.status]];
  return { board: { ...board, columns }, merge: from ? 'moved' : 'added', before };
}

/** A person as the staff directory lists them (GET …/staff/people: `id` is their sub). */
export interface DirectoryPerson {
  id: string;
  name: string;
}

/**
 * Who made a change, for a screen: `own` when it is the signed-in person (no banner for one's own change),
 * `named` with the directory's name, `colleague` when the directory does not know the sub (or is not loaded), and
 * `nobody` when the change has no actor (a citizen's or the platform's).
 */
export type ChangeActor = { kind: 'own' } | { kind: 'named'; name: string } | { kind: 'colleague' } | { kind: 'nobody' };

export function changeActor(
  by: string | undefined,
  ownSub: string | undefined,
  people: readonly DirectoryPerson[] | undefined,
): ChangeActor {
  if (!by) return { kind: 'nobody' };
  if (ownSub && by === ownSub) return { kind: 'own' };
  const name = people?.find((p) => p.id === by)?.name;
  return name ? { kind: 'named', name } : { kind: 'colleague' };
}

/** An item page's state as the banner compares it: its version, and its comments and activity (they keep the version). */
export interface VersionedItem {
  version: number;
  activity?: readonly { at: string }[];
}

/**
 * Whether the item read now is newer than the one shown: a higher version, or the same version with more or later
 * activity (a comment). Never true for an older read (one that crossed the agent's own save).
 */
export function isNewer(now: VersionedItem, shown: VersionedItem): boolean {
  if (now.version !== shown.version) return now.version > shown.version;
  const a = now.activity ?? [];
  const b = shown.activity ?? [];
  return a.length > b.length || (a.length === b.length && a.length > 0 && a[a.length - 1].at > b[b.length - 1].at);
}
