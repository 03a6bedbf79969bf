/**
 * The request form kept on this device: restored when the page opens (with the draft saved on the server, if
 * its key is still here), saved again on every change, forgotten once sent. Not in edit mode: the request
 * being completed lives on the server.
 */
import { useEffect, useState } from 'preact/hooks';
import type { PermitKind } from '@tandem/shared/permits/permit-details';
import { brusselsDate } from '@tandem/shared/brussels-time';
import { initLocale } from '../../lib/locale';
import { emptyDraft, type RequestDraft } from './request-draft';
import { draftStorageKey, loadJson, saveJson, storedKey } from './permit-storage';
import type { Saved } from './use-request-save';

interface Stored {
  v: 1;
  draft: RequestDraft;
  step: number;
  saved?: Saved;
}

interface Options {
  commune: string;
  kind: PermitKind;
  editing: boolean;
  stepCount: number;
  draft: RequestDraft;
  step: number;
  saved?: Saved;
  finished: boolean;
  restore(s: { draft: RequestDraft; step: number; saved?: Saved }): void;
}

export function useStoredRequest({ commune, kind, editing, stepCount, draft, step, saved, finished, restore }: Options) {
  const [restored, setRestored] = useState(false);
  const [today, setToday] = useState('');
  const [ready, setReady] = useState(false);
  const storageKey = draftStorageKey(commune, kind);

  useEffect(() => {
    void initLocale();
    setToday(brusselsDate(Date.now()));
    if (!editing) {
      const s = loadJson<Stored>(storageKey);
      if (s?.v === 1 && s.draft?.kind === kind) {
        restore({
          draft: { ...emptyDraft(kind), ...s.draft },
          step: Math.min(Math.max(0, s.step | 0), stepCount - 1),
          saved: s.saved && storedKey(commune, s.saved.code) ? s.saved : undefined,
        });
        setRestored(true);
      }
    }
    setReady(true);
  }, []);

  // Autosave on every change (not in edit mode: the request lives on the server).
  useEffect(() => {
    if (!ready || editing || finished) return;
    const pristine = JSON.stringify(draft) === JSON.stringify(emptyDraft(kind)) && !saved;
    saveJson(storageKey, pristine ? undefined : ({ v: 1, draft, step, saved } satisfies Stored));
  }, [draft, step, saved, ready, finished]);

  /** Forgets the copy on this device. */
  const forget = () => saveJson(storageKey, undefined);
  /** Forgets the copy on this device if it is the request `code` (now out of date). */
  const forgetIfSaved = (code: string) => {
    if (loadJson<Stored>(storageKey)?.saved?.code === code) forget();
  };

  return { restored, setRestored, today, ready, forget, forgetIfSaved };
}
