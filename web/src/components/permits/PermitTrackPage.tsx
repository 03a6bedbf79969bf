/**
 * /{commune}/demandes/suivi/{code}/ (the server rewrites it to this page's file): a permit request's public
 * tracking page, and, with the request's private key (from the link's #cle= fragment or kept on this device),
 * the requester's own view: their details, completing the request when the commune asks, withdrawing it.
 * The permit schemas (zod) are not loaded here; the request form loads only when it is needed.
 * Its parts are in ./track/: the state (use-permit-track), the permit view and the requester's part.
 */
// Installs the Preact integration: components re-render when a signal they read (e.g. the locale) changes.
// First: zod must know before any schema is built that this page's CSP refuses eval.
import '../../lib/zod-without-eval';
import '@preact/signals';
import { useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { tr } from '../../lib/locale';
import { CodeLookup, TrackFailed, TrackLoading } from '../track/tracking-shell';
import { storedKey } from './permit-storage';
import PermitView from './track/PermitView';
import { usePermitTrack } from './track/use-permit-track';
// This island speaks of permits: load their messages (French now, the visitor's language on demand).
import '../../lib/messages/permits';

export default function PermitTrackPage({ commune }: { commune: PublicCommuneConfig }) {
  const { view, setView, notice, setNotice, load, heading } = usePermitTrack(commune);
  const [input, setInput] = useState('');

  if (view.kind === 'init' || view.kind === 'loading') return <TrackLoading title={tr('permit.track.title')} />;
  if (view.kind === 'error')
    return <TrackFailed title={tr('permit.track.title')} onRetry={() => load(view.code, storedKey(commune.id, view.code))} />;
  if (view.kind === 'ask') {
    return (
      <CodeLookup
        heading={heading}
        title={tr('permit.track.lookup')}
        notFound={view.notFound}
        notFoundText={tr('permit.track.notfound')}
        notFoundTestId="permit-not-found"
        invalid={view.invalid}
        inputId="permit-code-input"
        idBase="permit-code"
        hint={tr('permit.track.code.hint')}
        input={input}
        onInput={setInput}
        onInvalid={() => setView({ kind: 'ask', invalid: true })}
        onCode={(code) => {
          history.pushState(null, '', `/${commune.id}/demandes/suivi/${code}/`);
          load(code, storedKey(commune.id, code));
        }}
      >
        <p>
          <a href={`/${commune.id}/demandes/`}>{tr('permit.chooser.title')}</a>
        </p>
      </CodeLookup>
    );
  }

  return (
    <PermitView
      commune={commune}
      permit={view.permit}
      privateKey={view.key}
      heading={heading}
      notice={notice}
      onChanged={(permit, text) => {
        setView({ kind: 'show', permit, key: view.key });
        setNotice({ ok: true, text });
      }}
      onReload={(text) => load(view.permit.code, view.key, { ok: false, text })}
    />
  );
}
