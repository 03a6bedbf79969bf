/** One CSV download at a time from a staff route (fetched with the token: a link could not carry it), with what to say. */
import { useState } from 'preact/hooks';
import { tr } from '../../../lib/locale';
import { SignedOut } from '../session';
import { problemText } from '../staff-text';
import { staffDownload } from '../audit/download';

export function useDownload(commune: string, onSignedOut: () => void) {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const download = async (rest: string, fallbackName: string) => {
    if (busy) return;
    setBusy(true);
    setStatus(tr('stats.exporting'));
    setError('');
    try {
      const name = await staffDownload(commune, rest, fallbackName);
      setStatus(tr('stats.exported', { file: name }));
    } catch (e) {
      setStatus('');
      if (e instanceof SignedOut) return onSignedOut();
      setError(problemText(e));
    } finally {
      setBusy(false);
    }
  };
  return { busy, status, error, download };
}
