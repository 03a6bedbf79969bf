/**
 * A staff list (reports, permits) read page by page: filters kept in the address, newest answer only (an
 * answer to an older request, the agent having changed filter meanwhile, is dropped), "Voir plus" follows
 * the cursor and moves focus to the first new row. A page the API cut short at its read budget (`partial`) offers
 * "Continuer la recherche" instead.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { staffFetch, SignedOut } from './session';
import { navigate } from './router';
import { loadFailureText } from './staff-text';

const PAGE_SIZE = 20;

const filled = (values: Record<string, string>) => Object.entries(values).filter(([, v]) => v);

/** `?a=1&b=2` from the values given, empty ones left out; '' when none is left. */
export function searchOf(values: Record<string, string>): string {
  const s = new URLSearchParams(filled(values)).toString();
  return s ? `?${s}` : '';
}

/** The address's `name` when it is one of `list` (a view, a state, a kind), else ''. */
export function paramIn<T extends string>(q: URLSearchParams, name: string, list: readonly T[]): T | '' {
  const v = q.get(name) ?? '';
  return (list as readonly string[]).includes(v) ? (v as T) : '';
}

export function usePagedList<Item, Filters>({
  commune,
  path,
  base,
  initial,
  apiParams,
  urlParams,
  count,
  titleId,
  onSignedOut,
}: {
  commune: string;
  /** Under /api/{commune}/, e.g. staff/reports. */
  path: string;
  /** The list's own address, to which the filters are added. */
  base: string;
  initial: () => Filters;
  /** The API's query for these filters (empty values left out). */
  apiParams(f: Filters): Record<string, string>;
  /** The address's query for these filters (empty values left out). */
  urlParams(f: Filters): Record<string, string>;
  /** The status said once a page arrived with n items. */
  count(n: number): string;
  /** The heading focused when the list opens. */
  titleId: string;
  onSignedOut(): void;
}) {
  const [filters, setFilters] = useState<Filters>(initial);
  const [items, setItems] = useState<Item[]>([]);
  const [cursor, setCursor] = useState<string>();
  /** Entries read by the last page when it stopped at the read budget before it was full (else 0). */
  const [partialAfter, setPartialAfter] = useState(0);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const firstNew = useRef<HTMLAnchorElement>(null);
  const focusIndex = useRef<number>(-1);
  const requestId = useRef(0);

  /** `quiet`: a live refresh (live/use-live.ts) keeps the list shown meanwhile and says `quiet` once done. */
  const load = async (f: Filters, after?: string, quiet?: string) => {
    const id = ++requestId.current;
    if (!quiet) {
      setLoading(true);
      setError('');
    }
    const q = new URLSearchParams(filled(apiParams(f)));
    q.set('limit', String(PAGE_SIZE));
    if (after) q.set('cursor', after);
    try {
      const page = await staffFetch<{ items: Item[]; cursor?: string; scanned?: number; partial?: boolean }>(commune, `${path}?${q}`);
      if (id !== requestId.current) return;
      setItems((prev) => {
        focusIndex.current = after ? prev.length : -1;
        return after ? [...prev, ...page.items] : page.items;
      });
      setCursor(page.cursor);
      setPartialAfter(page.partial && page.cursor ? (page.scanned ?? 0) : 0);
      setStatus(quiet ?? count(page.items.length));
    } catch (e) {
      if (id !== requestId.current) return;
      if (e instanceof SignedOut) return onSignedOut();
      if (quiet) return; // a live refresh that failed leaves the list as it was
      setError(loadFailureText(e));
    } finally {
      if (id === requestId.current) setLoading(false);
    }
  };

  useEffect(() => {
    document.getElementById(titleId)?.focus();
    void load(filters);
  }, []);
  // After "Voir plus", move focus to the first newly loaded row.
  useEffect(() => {
    if (focusIndex.current >= 0) firstNew.current?.focus();
  }, [items]);

  return {
    filters,
    items,
    cursor,
    /** The last page stopped searching before it was full; "Continuer la recherche" follows the cursor. */
    partial: partialAfter > 0,
    scanned: partialAfter,
    loading,
    error,
    status,
    /** Shows the list for other filters, and says so in the address. */
    apply(f: Filters) {
      setFilters(f);
      navigate(`${base}${searchOf(urlParams(f))}`, true);
      void load(f);
    },
    reload() {
      void load(filters);
    },
    /** The first page again, without « Chargement » meanwhile (a colleague changed something); says `status` after. */
    refresh(status: string) {
      if (!loading) void load(filters, undefined, status);
    },
    /** The next page, once the current load is over. */
    more() {
      if (!loading && cursor) void load(filters, cursor);
    },
    /** The ref for row i's link: the first new row's after "Voir plus". */
    linkRef: (i: number) => (i === focusIndex.current ? firstNew : undefined),
  };
}
