/**
 * /{commune}/suivi/ and /{commune}/suivi/{code}/ (the server rewrites the latter to this page's file):
 * reads the code from the path (or ?code=), shows the public state and timeline. Never the reporter's identity.
 */
// Installs the Preact integration: components re-render when a signal they read (e.g. the locale) changes.
import '@preact/signals';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PublicReport } from '@tandem/shared/schemas/report';
import type { ReportState } from '@tandem/shared/report-states';
import { isClosedState } from '@tandem/shared/report-states';
import { tr, lt, initLocale, stateLabel } from '../../lib/locale';
import { apiAnswer, apiFetch, apiPath, apiRequest, ApiError } from '../../lib/api';
import { takeEarlyAnswer } from '../../lib/early-answer';
import PhotoGallery from '../PhotoGallery';
import Timeline from '../Timeline';
import { CodeLookup, codeFromUrl, TrackFailed, TrackLoading, type LookupView } from './tracking-shell';
import type { ComponentType } from 'preact';
import { takeFeedbackToken, takeFiledNotice } from './feedback-token';

/** The reporter's forms, loaded only with the mail's link (most visitors have none). */
type FeedbackForms = ComponentType<{ commune: string; report: PublicReport; token: string; onReopened(report: PublicReport): void }>;
import { usePlaceWords } from './use-place-words';
import type { TrackCommune } from './track-commune';

type View = LookupView | { kind: 'show'; report: PublicReport } | { kind: 'permit'; code: string };

function Steps({ state }: { state: ReportState }) {
  const closed = isClosedState(state);
  const index = closed ? 3 : state === 'new' ? 0 : state === 'acknowledged' ? 1 : 2;
  const labels = [
    tr('track.step.received'),
    stateLabel('acknowledged'),
    state === 'planned' ? stateLabel('planned') : stateLabel('in_progress'),
    closed ? stateLabel(state) : tr('track.step.done'),
  ];
  return (
    <ol class="steps" aria-label={tr('track.progress')}>
      {labels.map((l, i) => (
        <li key={i} class={i < index || (closed && i === index) ? 'done' : undefined} aria-current={i === index ? 'step' : undefined}>
          {l}
          <span class="visually-hidden">
            {' '}
            ({i < index ? tr('track.step.past') : i === index ? tr('track.step.current') : tr('track.step.future')})
          </span>
        </li>
      ))}
    </ol>
  );
}

/** The first render's view: on the server, the shell; in the browser, already the address's code (as the shell shows it). */
function firstView(commune: string): View {
  const code = typeof location === 'undefined' ? undefined : codeFromUrl(`/${commune}/suivi/`);
  return code ? { kind: 'loading', code } : { kind: 'init' };
}

export default function TrackPage({ commune }: { commune: TrackCommune }) {
  const [view, setView] = useState<View>(() => firstView(commune.id));
  const [input, setInput] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  // The « réparé » mail's link (#avis=…): the reporter's answer to the fix (ReportFeedback).
  const [feedbackToken, setFeedbackToken] = useState<string | undefined>();
  const [ReportFeedback, setReportFeedback] = useState<FeedbackForms | undefined>();
  // Filed just now by the report form without a script (its 303 lands here with #recu…).
  const [filed, setFiled] = useState<'filed' | 'check-mail'>();
  const shown = view.kind === 'show' ? view.report : undefined;
  const place = usePlaceWords(commune.id, shown?.address, shown?.location);

  const load = (code: string) => {
    setView({ kind: 'loading', code });
    const path = apiPath(commune.id, `reports/${encodeURIComponent(code)}`);
    // The page's inline script asked for the address's report before this island loaded: its answer, if it is this one.
    apiAnswer<PublicReport>(takeEarlyAnswer(path) ?? apiRequest(path))
      .then((report) => setView({ kind: 'show', report }))
      .catch((e) => {
        if (!(e instanceof ApiError && (e.status === 404 || e.status === 400))) return setView({ kind: 'error', code });
        // Not a report: perhaps the code of a permit request (same code format), which has its own tracking page.
        apiFetch(apiPath(commune.id, `permits/${encodeURIComponent(code)}`))
          .then(() => setView({ kind: 'permit', code }))
          .catch(() => setView({ kind: 'ask', notFound: code }));
      });
  };

  useEffect(() => {
    void initLocale();
    setFiled(takeFiledNotice());
    const feedback = takeFeedbackToken();
    if (feedback) {
      setFeedbackToken(feedback);
      void import('./ReportFeedback').then((m) => setReportFeedback(() => m.default));
    }
    const code = codeFromUrl(`/${commune.id}/suivi/`);
    if (!code) return setView({ kind: 'ask' });
    const canonical = `/${commune.id}/suivi/${code}/`;
    if (location.pathname !== canonical) history.replaceState(null, '', canonical);
    load(code);
  }, []);

  useEffect(() => {
    if (view.kind === 'show' || view.kind === 'ask' || view.kind === 'permit') heading.current?.focus();
  }, [view.kind]);

  if (view.kind === 'init' || view.kind === 'loading') {
    return <TrackLoading title={tr('track.title')} code={view.kind === 'loading' ? view.code : ''} />;
  }
  if (view.kind === 'error') return <TrackFailed title={tr('track.title')} onRetry={() => load(view.code)} />;
  if (view.kind === 'permit') {
    return (
      <>
        <h1 ref={heading} tabindex={-1}>
          {tr('track.title')}
        </h1>
        <p class="notice" data-testid="track-is-permit">
          {tr('permit.track.isPermit', { code: view.code })}
        </p>
        <p>
          <a class="button" href={`/${commune.id}/demandes/suivi/${view.code}/`}>
            {tr('permit.track.follow')}
          </a>
        </p>
      </>
    );
  }
  if (view.kind === 'ask') {
    return (
      <CodeLookup
        heading={heading}
        title={tr('track.lookup')}
        notFound={view.notFound}
        notFoundText={tr('track.notfound')}
        invalid={view.invalid}
        inputId="track-code"
        idBase="track-code"
        hint={tr('track.code.hint')}
        input={input}
        onInput={setInput}
        onInvalid={() => setView({ kind: 'ask', invalid: true })}
        onCode={(code) => {
          history.pushState(null, '', `/${commune.id}/suivi/${code}/`);
          load(code);
        }}
      />
    );
  }
  const r = view.report;
  const cat = commune.categories.find((c) => c.code === r.category);
  return (
    <article data-testid="tracking">
      <h1 ref={heading} tabindex={-1}>
        {tr('track.title')} <span class="done-code">{r.code}</span>
      </h1>
      {filed && (
        <div class="notice ok" data-testid="filed-notice">
          <p>{tr('report.done.title')}</p>
          <p>{tr('report.done.keep')}</p>
          {filed === 'check-mail' && <p>{tr('mailConfirm.pending')}</p>}
        </div>
      )}
      <Steps state={r.state} />
      <dl class="facts">
        <dt>{tr('track.state')}</dt>
        <dd>
          <span class="state-badge" data-testid="report-state" data-state={r.state}>
            {stateLabel(r.state)}
          </span>
        </dd>
        <dt>{tr('report.category')}</dt>
        <dd>{cat ? lt(cat.label) : r.category}</dd>
        {place && (
          <>
            <dt>{tr('track.address')}</dt>
            <dd data-testid="track-place">{place}</dd>
          </>
        )}
        <dt>{tr('report.description')}</dt>
        <dd style="white-space: pre-line">{r.description}</dd>
        {r.duplicateOf && (
          <>
            <dt>{tr('track.duplicateOf')}</dt>
            <dd>
              <a href={`/${commune.id}/suivi/${r.duplicateOf}/`}>{r.duplicateOf}</a>
            </dd>
          </>
        )}
      </dl>
      {feedbackToken && ReportFeedback && (
        <ReportFeedback commune={commune.id} report={r} token={feedbackToken} onReopened={(report) => setView({ kind: 'show', report })} />
      )}
      <PhotoGallery photos={r.photos} />
      <h2>{tr('track.history')}</h2>
      <Timeline commune={commune} entries={r.timeline.filter((e) => e.public)} />
      <p>
        <a href={`/${commune.id}/signaler/`}>{tr('report.done.another')}</a>
      </p>
    </article>
  );
}
