/**
 * One read of the work API for a view (my work, board, list, calendar, map): newest answer only (an answer to an
 * older request is dropped), its failure in words, signed out when the session ended, and a reload; `refresh` reads
 * again quietly (a live change: the view stays as it is meanwhile, and a failure leaves it so).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { SignedOut } from '../session';
import { loadFailureText } from '../staff-text';

export function useLoad<T>(read: () => Promise<T>, deps: unknown[], onSignedOut: () => void) {
  const [data, setData] = useState<T>();
  const [error, setError] = useState('');
  const [loading, setLoading] = useState(true);
  const id = useRef(0);
  const load = async () => {
    const mine = ++id.current;
    setLoading(true);
    setError('');
    try {
      const r = await read();
      if (mine === id.current) setData(r);
    } catch (e) {
      if (mine !== id.current) return;
      if (e instanceof SignedOut) onSignedOut();
      else setError(loadFailureText(e));
    } finally {
      if (mine === id.current) setLoading(false);
    }
  };
  const refresh = async () => {
    const mine = ++id.current;
    try {
      const r = await read();
      if (mine === id.current) setData(r);
    } catch (e) {
      if (mine === id.current && e instanceof SignedOut) onSignedOut();
    }
  };
  useEffect(() => {
    void load();
  }, deps);
  return { data, error, loading, reload: load, refresh, set: setData };
}
