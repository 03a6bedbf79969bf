/**
 * /{commune}/demandes/suivi/{code}/ (the server rewrites it to this page's file): a permit request's public
 * tracking page, and, with the request's private key (from the link's #cle= fragment or kept on this device),
 * the requester's own view: their details, completing the request when the commune asks, withdrawing it.
 * The permit schemas (zod) are not loaded here; the request form loads only when it is needed.
 */
// Installs the Preact integration: components re-render when a signal they read (e.g. the locale) changes.
import '@preact/signals';
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { PublicPermit, RequesterPermit, PermitTimelineEntry } from '@tandem/shared/permits/permit-api';
import { PERMIT_EDITABLE_STATES, permitMoves } from '@tandem/shared/permits/permit-states';
import { tr, initLocale, formatDate, type MessageKey } from '../../lib/locale';
import { apiFetch, apiPath, ApiError, uuid } from '../../lib/api';
import Timeline, { departmentName } from '../Timeline';
import { CodeLookup, codeFromUrl as codeAt, TrackFailed, TrackLoading, type LookupView } from '../track/tracking-shell';
import PermitProgress from './PermitProgress';
import PlaceMap from './PlaceMap';
import { feeText, periodText, permitStateLabel } from './permit-format';
import { forgetKey, KEY_HEADER, privateLink, rememberKey, storedKey } from './permit-storage';
// This island speaks of permits: load their messages (French now, the visitor's language on demand).
import '../../lib/messages/permits';

type AnyPermit = PublicPermit | RequesterPermit;
type View = LookupView | { kind: 'show'; permit: AnyPermit; key?: string };

type FormModule = typeof import('./PermitRequestForm') & { draftFromPermit: typeof import('./request-draft').draftFromPermit };

const isRequesterView = (p: AnyPermit): p is RequesterPermit => 'requester' in p && Boolean((p as RequesterPermit).requester);

const codeFromUrl = (commune: string) => codeAt(`/${commune}/demandes/suivi/`);

function keyFromHash(): string | undefined {
  const m = location.hash.match(/(?:^#|&)cle=([^&]+)/);
  return m ? decodeURIComponent(m[1]) : undefined;
}

export function permitEntryTitle(commune: PublicCommuneConfig, e: PermitTimelineEntry): string {
  const department = departmentName(commune, e.department);
  switch (e.kind) {
    case 'state_changed':
      return tr('permit.timeline.state_changed', { state: e.to ? permitStateLabel(e.to) : '' });
    case 'opinion_requested':
    case 'opinion_given':
    case 'opinion_reminder':
      return tr(`permit.timeline.${e.kind}`, { department });
    default:
      return tr(`permit.timeline.${e.kind}` as MessageKey);
  }
}

/** Whether the commune asks departments for an opinion on this request (read from its config, without the schemas). */
function expectOpinions(commune: PublicCommuneConfig, p: AnyPermit): boolean {
  const cfg = commune.permits;
  if (!cfg) return false;
  if (p.kind === 'event') return cfg.event.reviewers.length > 0;
  const use = isRequesterView(p) ? (p.details.use as keyof typeof cfg.occupation.uses | undefined) : undefined;
  return cfg.occupation.reviewers.length > 0 || Boolean(use && cfg.occupation.uses[use]?.reviewers.length);
}

export default function PermitTrackPage({ commune }: { commune: PublicCommuneConfig }) {
  const [view, setView] = useState<View>({ kind: 'init' });
  const [input, setInput] = useState('');
  const [notice, setNotice] = useState<{ ok: boolean; text: string }>();
  const heading = useRef<HTMLHeadingElement>(null);

  const load = (code: string, key?: string, after?: { ok: boolean; text: string }) => {
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
        setView(e instanceof ApiError && (e.status === 404 || e.status === 400) ? { kind: 'ask', notFound: code } : { kind: 'error', code });
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

  if (view.kind === 'init' || view.kind === 'loading') return <TrackLoading title={tr('permit.track.title')} />;
  if (view.kind === 'error') return <TrackFailed title={tr('permit.track.title')} onRetry={() => load(view.code, storedKey(commune.id, view.code))} />;
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

interface ViewProps {
  commune: PublicCommuneConfig;
  permit: AnyPermit;
  privateKey?: string;
  heading: RefObject<HTMLHeadingElement>;
  notice?: { ok: boolean; text: string };
  onChanged(p: RequesterPermit, text: string): void;
  onReload(text: string): void;
}

function PermitView({ commune, permit: p, privateKey, heading, notice, onChanged, onReload }: ViewProps) {
  const mine = privateKey && isRequesterView(p) ? p : undefined;
  const [form, setForm] = useState<FormModule>();
  const [editing, setEditing] = useState(false);
  const [formFailed, setFormFailed] = useState(false);
  const asked = p.requested && (p.state === 'incomplete' || p.state === 'changes_requested');
  const canEdit = Boolean(mine && PERMIT_EDITABLE_STATES.has(p.state));
  const canWithdraw = Boolean(mine && permitMoves(p.state, 'requester').includes('withdrawn'));
  const documents = p.documents.filter((d) => d.type === 'poster' || mine);

  const startEditing = () => {
    setEditing(true);
    if (form) return;
    Promise.all([import('./PermitRequestForm'), import('./request-draft')])
      .then(([m, d]) => setForm({ ...m, draftFromPermit: d.draftFromPermit }))
      .catch(() => setFormFailed(true));
  };

  if (editing && mine && privateKey) {
    return (
      <article data-testid="permit-edit">
        <h1 ref={heading} tabindex={-1}>
          {tr(p.state === 'draft' ? 'permit.track.continue' : 'permit.track.complete')} <span class="done-code">{p.code}</span>
        </h1>
        {asked && <RequestedBox text={p.requested!} />}
        {formFailed ? (
          <p class="notice error" role="alert">
            {tr('report.error.network')}
          </p>
        ) : !form ? (
          <p role="status">{tr('common.loading')}</p>
        ) : (
          <form.default
            commune={commune}
            kind={p.kind}
            initial={form.draftFromPermit(p.kind, mine.details, mine.requester)}
            edit={{
              permit: mine,
              key: privateKey,
              onDone: (next) => {
                setEditing(false);
                onChanged(next, tr(next.state === 'submitted' ? 'permit.track.resubmitted' : 'permit.track.saved'));
              },
              onCancel: () => setEditing(false),
            }}
          />
        )}
      </article>
    );
  }

  return (
    <article data-testid="permit-tracking" data-state={p.state}>
      <h1 ref={heading} tabindex={-1}>
        {tr('permit.track.title')} <span class="done-code" data-testid="permit-code">{p.code}</span>
      </h1>
      <p class="lead">
        {tr(`permit.kind.${p.kind}` as MessageKey)} —{' '}
        <strong data-testid="permit-title">{p.use ? `${tr(`permit.use.${p.use}` as MessageKey)} — ${p.place.label}` : p.title}</strong>
      </p>
      {notice && (
        <p class={notice.ok ? 'notice ok' : 'notice warn'} role="status" data-testid="permit-notice">
          {notice.text}
        </p>
      )}
      <PermitProgress state={p.state} timeline={p.timeline} expectOpinions={expectOpinions(commune, p)} />
      {asked && <RequestedBox text={p.requested!} />}
      {asked && !mine && <p class="hint">{tr('permit.track.keyNeeded')}</p>}
      <dl class="facts">
        <dt>{tr('track.state')}</dt>
        <dd>
          <span class="state-badge" data-testid="permit-state" data-state={p.state}>
            {permitStateLabel(p.state)}
          </span>
        </dd>
        <dt>{tr('permit.track.kind')}</dt>
        <dd>{tr(`permit.kind.${p.kind}` as MessageKey)}</dd>
        {p.reference && (
          <>
            <dt>{tr('permit.track.reference')}</dt>
            <dd data-testid="permit-reference">{p.reference}</dd>
          </>
        )}
        <dt>{tr('permit.summary.period')}</dt>
        <dd>{periodText(p.period)}</dd>
        <dt>{tr('permit.track.place')}</dt>
        <dd>
          <span data-testid="permit-place">{p.place.label}</span>
          <PlaceMap commune={commune} geometry={p.place.geometry} label={p.place.label} />
        </dd>
        <dt>{tr('permit.track.fee')}</dt>
        <dd data-testid="permit-fee" data-cents={p.fee}>
          {feeText(p.fee)}
        </dd>
        {p.submittedAt && (
          <>
            <dt>{tr('permit.track.submittedAt')}</dt>
            <dd>{formatDate(p.submittedAt)}</dd>
          </>
        )}
      </dl>
      {p.conditions && p.conditions.length > 0 && (
        <section aria-labelledby="permit-conditions-title">
          <h2 id="permit-conditions-title">{tr('permit.track.conditions')}</h2>
          <ol data-testid="permit-conditions">
            {p.conditions.map((c, i) => (
              <li key={i}>{c}</li>
            ))}
          </ol>
        </section>
      )}
      {documents.length > 0 && (
        <section aria-labelledby="permit-documents-title">
          <h2 id="permit-documents-title">{tr('permit.track.documents')}</h2>
          <ul data-testid="permit-documents">
            {documents.map((d) => (
              <li key={d.type}>
                <a href={d.url} data-testid={`permit-document-${d.type}`}>
                  {tr(`permit.document.${d.type}` as MessageKey)}
                </a>{' '}
                <span class="hint-inline">({d.name})</span>
              </li>
            ))}
          </ul>
          {!mine && <p class="hint">{tr('permit.track.authorisationPrivate')}</p>}
        </section>
      )}
      {mine && privateKey ? (
        <RequesterPart commune={commune} permit={mine} privateKey={privateKey} canEdit={canEdit} canWithdraw={canWithdraw} onEdit={startEditing} onChanged={onChanged} onReload={onReload} />
      ) : (
        (PERMIT_EDITABLE_STATES.has(p.state) || permitMoves(p.state, 'requester').includes('withdrawn')) && <p class="hint">{tr('permit.track.owner')}</p>
      )}
      <h2>{tr('track.history')}</h2>
      <Timeline<PermitTimelineEntry> commune={commune} entries={p.timeline.filter((e) => e.public)} titleOf={(e) => permitEntryTitle(commune, e)} />
      <p>
        <a href={`/${commune.id}/demandes/`}>{tr('permit.track.another')}</a>
      </p>
    </article>
  );
}

function RequestedBox({ text }: { text: string }) {
  return (
    <section class="requested-box" aria-labelledby="permit-requested-title" data-testid="permit-requested">
      <h2 id="permit-requested-title">{tr('permit.track.requested')}</h2>
      <p style="white-space: pre-line">{text}</p>
    </section>
  );
}

interface RequesterProps {
  commune: PublicCommuneConfig;
  permit: RequesterPermit;
  privateKey: string;
  canEdit: boolean;
  canWithdraw: boolean;
  onEdit(): void;
  onChanged(p: RequesterPermit, text: string): void;
  onReload(text: string): void;
}

function RequesterPart({ commune, permit: p, privateKey, canEdit, canWithdraw, onEdit, onChanged, onReload }: RequesterProps) {
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState('');
  const confirmTitle = useRef<HTMLHeadingElement>(null);
  const withdrawButton = useRef<HTMLButtonElement>(null);
  const link = new URL(privateLink(commune.id, p.code, privateKey), location.origin).href;

  useEffect(() => {
    if (confirming) confirmTitle.current?.focus();
  }, [confirming]);

  const withdraw = async () => {
    if (sending) return;
    setSending(true);
    setError('');
    try {
      const next = await apiFetch<RequesterPermit>(apiPath(commune.id, `permits/${encodeURIComponent(p.code)}/withdraw`), {
        method: 'POST',
        headers: { [KEY_HEADER]: privateKey, 'Idempotency-Key': uuid() },
        body: JSON.stringify({ version: p.version, ...(reason.trim() ? { message: reason.trim() } : {}) }),
      });
      setConfirming(false);
      onChanged(next, tr('permit.track.withdrawn'));
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) return onReload(tr('permit.track.conflict'));
      setError(e instanceof ApiError && e.status < 500 ? [tr('permit.error.generic'), ...e.invalidParams.map((x) => x.reason)].join(' ') : tr('report.error.network'));
    } finally {
      setSending(false);
    }
  };

  return (
    <section class="requester-part" aria-labelledby="permit-mine-title" data-testid="permit-requester">
      <h2 id="permit-mine-title">{tr('permit.track.mine')}</h2>
      <dl class="facts">
        <dt>{tr('permit.f.name')}</dt>
        <dd>{p.requester.name}</dd>
        <dt>{tr('permit.f.email')}</dt>
        <dd>{p.requester.email}</dd>
        {p.requester.phone && (
          <>
            <dt>{tr('permit.f.phone')}</dt>
            <dd>{p.requester.phone}</dd>
          </>
        )}
        {p.requester.address && (
          <>
            <dt>{tr('permit.f.address')}</dt>
            <dd>{p.requester.address}</dd>
          </>
        )}
      </dl>
      <p class="hint">{tr('permit.track.privateLink')}</p>
      <p class="private-link">
        <a href={privateLink(commune.id, p.code, privateKey)} data-testid="permit-private-link">
          {link}
        </a>
      </p>
      {(canEdit || canWithdraw) && (
        <div class="button-row">
          {canEdit && (
            <button type="button" class="button" onClick={onEdit} data-testid="permit-complete">
              {tr(p.state === 'draft' ? 'permit.track.continue' : 'permit.track.complete')}
            </button>
          )}
          {canWithdraw && !confirming && (
            <button type="button" class="button danger" ref={withdrawButton} onClick={() => setConfirming(true)} data-testid="permit-withdraw">
              {tr('permit.track.withdraw')}
            </button>
          )}
        </div>
      )}
      {confirming && (
        <div class="confirm-box" data-testid="permit-withdraw-confirm">
          <h3 ref={confirmTitle} tabindex={-1}>
            {tr('permit.track.withdraw.confirmTitle')}
          </h3>
          <p>{tr('permit.track.withdraw.confirmText')}</p>
          <div class="field">
            <label for="withdraw-reason">
              {tr('permit.track.withdraw.reason')} <span class="hint-inline">({tr('report.optional')})</span>
            </label>
            <textarea id="withdraw-reason" rows={3} maxLength={2000} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
          </div>
          {error && (
            <p class="notice error" role="alert">
              {error}
            </p>
          )}
          <div class="button-row">
            <button type="button" class="button danger" onClick={() => void withdraw()} aria-disabled={sending ? 'true' : undefined} data-testid="permit-withdraw-yes">
              {tr('permit.track.withdraw.yes')}
            </button>
            <button
              type="button"
              class="button secondary"
              onClick={() => {
                setConfirming(false);
                requestAnimationFrame(() => withdrawButton.current?.focus());
              }}
            >
              {tr('permit.track.withdraw.no')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
