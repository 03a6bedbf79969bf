/**
 * The commune's staff accounts as the team page holds them: the first page when it opens (focus then goes to
 * the heading), « Voir plus » while the API names a next page, and each change the API answered put in place.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { StaffAccountList, StaffAccountView } from '@tandem/shared/schemas/staff-accounts';
import { tr } from '../../../lib/locale';
import { SignedOut, staffFetch } from '../session';
import { loadFailureText } from '../staff-text';

export function useAccounts(commune: string, onSignedOut: () => void) {
  const [accounts, setAccounts] = useState<StaffAccountView[]>([]);
  const [cursor, setCursor] = useState<string>();
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);

  const load = async (after?: string) => {
    setLoading(true);
    setError('');
    try {
      const page = await staffFetch<StaffAccountList>(commune, `staff/accounts${after ? `?cursor=${encodeURIComponent(after)}` : ''}`);
      setAccounts((had) => (after ? [...had, ...page.accounts] : page.accounts));
      setCursor(page.next);
      return true;
    } catch (e) {
      if (e instanceof SignedOut) onSignedOut();
      else setError(loadFailureText(e));
      return false;
    } finally {
      setLoading(false);
    }
  };

  useEffect(() => {
    void load().then((ok) => ok && heading.current?.focus());
  }, [commune]);

  /** An account as the API just answered it: replaced where it is, else added first. */
  const put = (a: StaffAccountView) =>
    setAccounts((had) => (had.some((x) => x.id === a.id) ? had.map((x) => (x.id === a.id ? a : x)) : [a, ...had]));

  return {
    accounts,
    loading,
    error,
    cursor,
    heading,
    put,
    reload: () => void load(),
    more: () => void load(cursor),
    status: tr('staffAdmin.accounts.count', { n: accounts.length }),
  };
}

/** A staff API change to an account (or a key): the answer, or the thrown ApiError / SignedOut. */
export async function send<T>(commune: string, method: 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T> {
  return staffFetch<T>(commune, path, { method, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
}
