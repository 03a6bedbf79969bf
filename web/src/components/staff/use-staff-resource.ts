/**
 * One item of the staff API (a report, a permit) as its page holds it: loaded when the page opens (focus
 * then goes to the heading), reloaded after a conflict, changed with one Idempotency-Key per intended change.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { tr, type MessageKey } from '../../lib/locale';
import { ApiError } from '../../lib/api';
import { staffFetch, SignedOut } from './session';
import { loadFailureText } from './staff-text';
import { useRetryKey } from '../../lib/use-retry-key';

export interface StaffNotice {
  kind: 'ok' | 'warn';
  text: string;
  /** Points at the documents just generated (a permit just issued). */
  documents?: boolean;
}

export function useStaffResource<T>({
  commune,
  path,
  onSignedOut,
  notFound,
  conflict,
}: {
  commune: string;
  /** Under /api/{commune}/, e.g. staff/reports/{code}. */
  path: string;
  onSignedOut(): void;
  /** Said when the API answers 404. */
  notFound: MessageKey;
  /** Said when a change came too late (409) and the item was reloaded. */
  conflict: MessageKey;
}) {
  const [item, setItem] = useState<T>();
  const [loadError, setLoadError] = useState('');
  const [notice, setNotice] = useState<StaffNotice>();
  const heading = useRef<HTMLHeadingElement>(null);

  const load = async () => {
    try {
      const r = await staffFetch<T>(commune, path);
      setItem(r);
      setLoadError('');
      return r;
    } catch (e) {
      if (e instanceof SignedOut) onSignedOut();
      else setLoadError(loadFailureText(e, notFound));
      return undefined;
    }
  };

  useEffect(() => {
    void load().then((r) => r && heading.current?.focus());
  }, [path]);

  const retry = useRetryKey();
  /**
   * Sends a change to `path/rest` and shows `saved(answer)`: resolves true once saved, false when signed out
   * or reloaded after a conflict; throws ApiError for problems the form should show.
   */
  const change = async (
    method: 'POST' | 'PATCH',
    rest: string,
    body: Record<string, unknown>,
    saved: (answer: T) => StaffNotice,
  ): Promise<boolean> => {
    setNotice(undefined);
    // One Idempotency-Key per intended change, kept while the same change is retried after a network
    // failure, so that a change that did land is answered, not applied twice or refused as stale.
    const key = retry.keyFor([method, rest, body]);
    try {
      const r = await staffFetch<T>(commune, rest ? `${path}/${rest}` : path, {
        method,
        body: JSON.stringify(body),
        headers: { 'idempotency-key': key },
      });
      retry.forget();
      setItem(r);
      setNotice(saved(r));
      return true;
    } catch (e) {
      if (e instanceof ApiError) retry.forget();
      if (e instanceof SignedOut) {
        onSignedOut();
        return false;
      }
      if (e instanceof ApiError && e.status === 409) {
        await load();
        setNotice({ kind: 'warn', text: tr(conflict) });
        return false;
      }
      throw e;
    }
  };

  return { item, loadError, load, heading, notice, change };
}

/** A ref focused whenever `value` changes to something (a notice just shown). */
export function useFocusOn<E extends HTMLElement>(value: unknown) {
  const ref = useRef<E>(null);
  useEffect(() => {
    if (value) ref.current?.focus();
  }, [value]);
  return ref;
}
