/**
 * An item page (report, permit, task, project) following its topic (`report:<code>`…): on a change, the item is read
 * again quietly; a state newer than the one shown (isNewer: a version, a comment) that is not the agent's own change
 * raises the banner, naming who made it (`by`, the staff member's sub; ChangedBanner names them). A change made by the
 * agent themselves (`by` is their sub) is ignored; one without an actor that arrives while the agent's own save is on
 * its way is checked again once that save is done. Nothing shown or typed is replaced until the agent reloads.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { isNewer, type VersionedItem } from '@tandem/shared/realtime/live-merge';
import { staffFetch } from '../session';
import { ownSub } from './own-sub';
import { useLive } from './use-live';

/** What the banner says: who changed the item (their sub; undefined: no actor, a citizen's or the platform's change). */
export interface ItemChanged {
  by?: string;
}

export function useItemChanges<T extends VersionedItem>({
  commune,
  topic,
  path,
  shown,
}: {
  commune: string;
  /** `report:<code>`, `permit:<code>`, `task:<id>`, `project:<id>`. */
  topic: string;
  /** The item's read under /api/{commune}/ (staff/tasks/{id}…). */
  path: string;
  /** The item as the page shows it. */
  shown: T | undefined;
}) {
  const [changed, setChanged] = useState<ItemChanged>();
  const [settled, setSettled] = useState(0);
  const saving = useRef(0);
  /** A change that came while the agent's save was on its way: checked once it is done (with its actor). */
  const recheck = useRef<{ by?: string }>();
  const latest = useRef(shown);
  latest.current = shown;

  const check = async (by: string | undefined) => {
    if (saving.current > 0) {
      recheck.current = { by: by ?? recheck.current?.by };
      return;
    }
    try {
      const now = await staffFetch<T>(commune, path);
      if (saving.current === 0 && latest.current && isNewer(now, latest.current)) setChanged({ by });
    } catch {
      // Nothing to say: the page stays as it is, and its own calls will say what is wrong.
    }
  };
  useLive(commune, [topic], (m) => {
    // `project:<id>` also tells of the project's tasks: only the item's own changes are the page's.
    if (`${m.entity}:${m.ref}` !== topic) return;
    if (m.by && m.by === ownSub()) return;
    void check(m.by);
  });
  useEffect(() => {
    const again = recheck.current;
    if (again && saving.current === 0) {
      recheck.current = undefined;
      void check(again.by);
    }
  }, [shown, settled]);
  // Another item (the page's address changed): what was said of the previous one goes.
  useEffect(() => setChanged(undefined), [path]);

  /** Wraps the agent's own save: changes arriving meanwhile are judged once it is done. */
  const saved = async <R>(save: () => Promise<R>): Promise<R> => {
    saving.current++;
    try {
      return await save();
    } finally {
      saving.current--;
      setSettled((n) => n + 1);
    }
  };
  return { changed, saved, dismiss: () => setChanged(undefined) };
}
