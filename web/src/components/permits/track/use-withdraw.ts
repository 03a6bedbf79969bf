/** Withdrawing a request: the confirmation box (focus moves to it, and back to the button when closed), the optional reason, the call. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { RequesterPermit } from '@tandem/shared/permits/permit-api';
import { tr } from '../../../lib/locale';
import { apiFetch, apiPath, ApiError, uuid } from '../../../lib/api';
import { KEY_HEADER } from '../permit-storage';

interface Options {
  commune: string;
  permit: RequesterPermit;
  privateKey: string;
  onChanged(p: RequesterPermit, text: string): void;
  onReload(text: string): void;
}

export function useWithdraw({ commune, permit: p, privateKey, onChanged, onReload }: Options) {
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState('');
  const confirmTitle = useRef<HTMLHeadingElement>(null);
  const withdrawButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) confirmTitle.current?.focus();
  }, [confirming]);

  const withdraw = async () => {
    if (sending) return;
    setSending(true);
    setError('');
    try {
      const next = await apiFetch<RequesterPermit>(apiPath(commune, `permits/${encodeURIComponent(p.code)}/withdraw`), {
        method: 'POST',
        headers: { [KEY_HEADER]: privateKey, 'Idempotency-Key': uuid() },
        body: JSON.stringify({ version: p.version, ...(reason.trim() ? { message: reason.trim() } : {}) }),
      });
      setConfirming(false);
      onChanged(next, tr('permit.track.withdrawn'));
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) return onReload(tr('permit.track.conflict'));
      setError(
        e instanceof ApiError && e.status < 500
          ? [tr('permit.error.generic'), ...e.invalidParams.map((x) => x.reason)].join(' ')
          : tr('report.error.network'),
      );
    } finally {
      setSending(false);
    }
  };

  const ask = () => setConfirming(true);
  const cancel = () => {
    setConfirming(false);
    requestAnimationFrame(() => withdrawButton.current?.focus());
  };

  return { confirming, reason, setReason, sending, error, confirmTitle, withdrawButton, withdraw, ask, cancel };
}
