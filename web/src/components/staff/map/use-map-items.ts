/**
 * The staff map items an item's page needs: the item itself (found in the staff list, page after page) and
 * the others (what a detour may be caused by). Changes go with one Idempotency-Key per intended change,
 * kept while the same change is retried after a network failure.
 */
import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../../../lib/api';
import { staffFetch, SignedOut } from '../session';
import { loadFailureText } from '../staff-text';
import type { StaffMapItem } from './map-item-format';
import { useRetryKey } from '../../../lib/use-retry-key';

const PATH = 'staff/map/items';
/** Enough pages for any commune's live items; beyond, the item is said to be missing rather than looping. */
const MAX_PAGES = 50;

export async function fetchAllMapItems(commune: string): Promise<StaffMapItem[]> {
  const all: StaffMapItem[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < MAX_PAGES; i++) {
    const q = new URLSearchParams({ limit: '100', ...(cursor ? { cursor } : {}) });
    const page = await staffFetch<{ items: StaffMapItem[]; cursor?: string }>(commune, `${PATH}?${q}`);
    all.push(...page.items);
    cursor = page.cursor;
    if (!cursor) break;
  }
  return all;
}

export function useMapItems({ commune, id, onSignedOut }: { commune: string; id?: string; onSignedOut(): void }) {
  const [items, setItems] = useState<StaffMapItem[]>();
  const [loadError, setLoadError] = useState('');

  /** Reads the list again; resolves with the item of this page (undefined when it is gone or the read failed). */
  const load = async (): Promise<StaffMapItem | undefined> => {
    try {
      const all = await fetchAllMapItems(commune);
      setItems(all);
      setLoadError('');
      return id ? all.find((i) => i.id === id) : undefined;
    } catch (e) {
      if (e instanceof SignedOut) onSignedOut();
      else setLoadError(loadFailureText(e));
      return undefined;
    }
  };
  useEffect(() => void load(), [id]);

  const retry = useRetryKey();
  /** Sends a change; throws ApiError / SignedOut / NetworkError as they come. */
  const send = async <T>(method: 'POST' | 'PUT' | 'DELETE', rest: string, body?: unknown): Promise<T> => {
    const key = retry.keyFor([method, rest, body]);
    try {
      const r = await staffFetch<T>(commune, rest ? `${PATH}/${rest}` : PATH, {
        method,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        headers: { 'idempotency-key': key },
      });
      retry.forget();
      return r;
    } catch (e) {
      // An answer, even a refusal, ends this change: the next try is a new one. A network failure keeps the key.
      if (e instanceof ApiError) retry.forget();
      throw e;
    }
  };

  const item = id ? items?.find((i) => i.id === id) : undefined;
  return { items, item, loadError, load, send, setItems };
}
