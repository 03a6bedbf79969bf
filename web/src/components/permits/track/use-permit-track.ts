/**
 * The tracking page's state: which view it shows (loading, the lookup form, a failure, the permit), loading a
 * permit with the private key when there is one (from the link's #cle= fragment or kept on this device), the
 * canonical address without the key, and the focus on the heading once something is shown.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { tr, initLocale } from '../../../lib/locale';
import { apiFetch, apiPath, ApiError } from '../../../lib/api';
import { codeFromUrl as codeAt, type LookupView } from '../../track/tracking-shell';
import { forgetKey, KEY_HEADER, rememberKey, storedKey } from '../permit-storage';
import { isRequesterView, keyFromHash, type AnyPermit, type TrackNotice } from './tracked-permit';

export type TrackView = LookupView | { kind: 'show'; permit: AnyPermit; key?: string };

const codeFromUrl = (commune: string) => codeAt(`/${commune}/demandes/suivi/`);

export function usePermitTrack(commune: PublicCommuneConfig) {
  const [view, setView] = useState<TrackView>({ kind: 'init' });
  const [notice, setNotice] = useState<TrackNotice>();
  const heading = useRef<HTMLHeadingElement>(null);

  const load = (code: string, key?: string, after?: TrackNotice) => {
    setView((v) => (v.kind === 'show' ? v : { kind: 'loading', code }));
    apiFetch<AnyPermit>(apiPath(commune.id, `permits/${encodeURIComponent(code)}`), key ? { headers: { [KEY_HEADER]: key } } : {})
      .then((permit) => {
        setView({ kind: 'show', permit, key: key && isRequesterView(permit) ? key : undefined });
        setNotice(after);
      })
      .catch((e) => {
        if (key && e instanceof ApiError && (e.status === 401 || e.status === 403)) {
          // A key that does not open this request: forget it and show the public page.
          forgetKey(commune.id, code);
          return load(code, undefined, { ok: false, text: tr('permit.track.badKey') });
        }
        setView(
          e instanceof ApiError && (e.status === 404 || e.status === 400) ? { kind: 'ask', notFound: code } : { kind: 'error', code },
        );
      });
  };

  useEffect(() => {
    void initLocale();
    const code = codeFromUrl(commune.id);
    if (!code) return setView({ kind: 'ask' });
    const fromLink = keyFromHash();
    if (fromLink) rememberKey(commune.id, code, fromLink);
    // The canonical address, without the key: the address bar can then be shared safely.
    const canonical = `/${commune.id}/demandes/suivi/${code}/`;
    if (location.pathname !== canonical || location.hash || location.search) history.replaceState(null, '', canonical);
    load(code, fromLink ?? storedKey(commune.id, code));
    // The private link opened over the public page (same document: only the fragment changes).
    const onHash = () => {
      const key = keyFromHash();
      const current = codeFromUrl(commune.id);
      if (!key || !current) return;
      rememberKey(commune.id, current, key);
      history.replaceState(null, '', `/${commune.id}/demandes/suivi/${current}/`);
      load(current, key);
    };
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    if (view.kind === 'show' || view.kind === 'ask') heading.current?.focus();
  }, [view.kind]);

  return { view, setView, notice, setNotice, load, heading };
}
