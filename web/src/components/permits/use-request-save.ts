/**
 * The request form's calls: a PUT with its private key once the request is saved on the server, else one POST
 * (its Idempotency-Key kept while it is retried); after a 409 the current version is read so that the next
 * try applies; failures become the text to show.
 */
import { useRef, useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { PermitKind } from '@tandem/shared/permits/permit-details';
import type { CreatedPermit, RequesterPermit } from '@tandem/shared/permits/permit-api';
import { tr, locale } from '../../lib/locale';
import { apiFetch, apiPath, ApiError, NetworkError, uuid } from '../../lib/api';
import { detailsOf, requesterOf, type RequestDraft } from './request-draft';
import { KEY_HEADER, rememberKey, storedKey } from './permit-storage';
import { loadFormRest } from './load-form-rest';

/** Completing a request already filed, from its tracking page. */
export interface EditMode {
  permit: RequesterPermit;
  key: string;
  onDone(p: RequesterPermit): void;
  onCancel(): void;
}

/** The request as saved on the server (a draft, or the request being completed). */
export interface Saved {
  code: string;
  version: number;
}

export function useRequestSave(commune: PublicCommuneConfig, kind: PermitKind, edit?: EditMode) {
  const [saved, setSaved] = useState<Saved | undefined>(edit ? { code: edit.permit.code, version: edit.permit.version } : undefined);
  const postKey = useRef<string>();
  const draftPostKey = useRef<string>();

  const keyFor = (code: string) => edit?.key ?? storedKey(commune.id, code);

  /** After a 409: read the current version so that the next try applies. */
  const refreshVersion = async (code: string) => {
    const key = keyFor(code);
    if (!key) return;
    try {
      const p = await apiFetch<RequesterPermit>(apiPath(commune.id, `permits/${encodeURIComponent(code)}`), {
        headers: { [KEY_HEADER]: key },
      });
      setSaved({ code, version: p.version });
    } catch {
      /* the next try reports the problem */
    }
  };

  const apiFailure = (err: unknown, code?: string): string => {
    if (err instanceof ApiError) {
      if (err.status === 409) {
        if (code) void refreshVersion(code);
        return tr('permit.error.conflict');
      }
      if (err.status === 404) {
        if (code) setSaved(undefined); // the draft is gone (expired or withdrawn): the next save starts a new one
        return tr('permit.error.gone');
      }
      if (err.status === 401 || err.status === 403) return tr('permit.error.forbidden');
      if (err.status < 500) return [tr('permit.error.generic'), ...err.invalidParams.map((p) => p.reason)].join(' ');
      return tr('report.error.server');
    }
    return tr(err instanceof NetworkError ? 'report.error.network' : 'report.error.server');
  };

  /**
   * Sends the request: a PUT with its private key once it is saved on the server, else one POST (its
   * Idempotency-Key kept in `postRef` while it is retried). `updated` tells the PUT from the POST.
   */
  async function save(draft: RequestDraft, submit: boolean, postRef: { current: string | undefined }, extra: Record<string, string> = {}) {
    const body = { details: detailsOf(draft), requester: requesterOf(draft) };
    const savedKey = saved ? keyFor(saved.code) : undefined;
    if (saved && savedKey) {
      const res = await apiFetch<RequesterPermit>(apiPath(commune.id, `permits/${encodeURIComponent(saved.code)}`), {
        method: 'PUT',
        headers: { [KEY_HEADER]: savedKey, 'Idempotency-Key': uuid() },
        body: JSON.stringify({ ...body, version: saved.version, submit, ...extra }),
      });
      return { res, key: savedKey, updated: true };
    }
    postRef.current ??= uuid();
    // Signed in (« Mon espace »): the request joins the account. The session comes with the rest of the form,
    // there by now (the checks ran); a restore the form began ends first.
    const { citizen } = await loadFormRest();
    await citizen.restoreCitizen(commune.id);
    const res = await apiFetch<CreatedPermit>(apiPath(commune.id, 'permits'), {
      method: 'POST',
      headers: { 'Idempotency-Key': postRef.current, ...(await citizen.citizenAuthHeader(commune.id)) },
      body: JSON.stringify({ kind, ...body, locale: locale.value, submit }),
    });
    postRef.current = undefined;
    rememberKey(commune.id, res.code, res.key);
    return { res, key: res.key, updated: false };
  }

  /** Forgets the POSTs in flight: the next send is a new request. */
  const forgetPosts = () => {
    postKey.current = undefined;
    draftPostKey.current = undefined;
  };

  return { saved, setSaved, postKey, draftPostKey, keyFor, apiFailure, save, forgetPosts };
}
