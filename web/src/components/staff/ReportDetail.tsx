/** One report as staff see it: details, reporter's e-mail, answers, photos, full timeline, and the actions. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { StaffReport } from '@tandem/shared/schemas/report';
import { tr, lt, formatDate, stateLabel } from '../../lib/locale';
import { ApiError, uuid } from '../../lib/api';
import PhotoGallery from '../PhotoGallery';
import Timeline, { departmentName } from '../Timeline';
import { staffFetch, SignedOut } from './session';
import { linkClick } from './router';
import { TransitionForm, AssignForm, UpdateForm, type Mutate } from './ActionForms';

function answerText(v: string | number | boolean): string {
  return typeof v === 'boolean' ? tr(v ? 'common.yes' : 'common.no') : String(v);
}

export default function ReportDetail({ commune, code, onSignedOut }: { commune: PublicCommuneConfig; code: string; onSignedOut(): void }) {
  const [report, setReport] = useState<StaffReport>();
  const [loadError, setLoadError] = useState('');
  const [notice, setNotice] = useState<{ kind: 'ok' | 'warn'; text: string }>();
  const heading = useRef<HTMLHeadingElement>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const path = `staff/reports/${encodeURIComponent(code)}`;

  const load = async () => {
    try {
      const r = await staffFetch<StaffReport>(commune.id, path);
      setReport(r);
      setLoadError('');
      return r;
    } catch (e) {
      if (e instanceof SignedOut) onSignedOut();
      else setLoadError(e instanceof ApiError && e.status === 404 ? tr('track.notfound') : tr('report.error.network'));
      return undefined;
    }
  };

  useEffect(() => {
    void load().then((r) => r && heading.current?.focus());
  }, [code]);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const pendingChange = useRef<{ signature: string; key: string }>();
  const mutate: Mutate = async (method, rest, body) => {
    setNotice(undefined);
    // One Idempotency-Key per intended change, kept while the same change is retried after a network
    // failure, so that a change that did land is answered, not applied twice or refused as stale.
    const signature = JSON.stringify([method, rest, body]);
    if (pendingChange.current?.signature !== signature) pendingChange.current = { signature, key: uuid() };
    try {
      const r = await staffFetch<StaffReport>(commune.id, rest ? `${path}/${rest}` : path, {
        method, body: JSON.stringify(body), headers: { 'idempotency-key': pendingChange.current.key },
      });
      pendingChange.current = undefined;
      setReport(r);
      setNotice({ kind: 'ok', text: tr('staff.saved') });
      return true;
    } catch (e) {
      if (e instanceof ApiError) pendingChange.current = undefined;
      if (e instanceof SignedOut) {
        onSignedOut();
        return false;
      }
      if (e instanceof ApiError && e.status === 409) {
        await load();
        setNotice({ kind: 'warn', text: tr('staff.conflict') });
        return false;
      }
      throw e;
    }
  };

  const back = `/${commune.id}/agents/`;
  if (loadError)
    return (
      <>
        <p>
          <a href={back} onClick={linkClick}>
            ← {tr('staff.back')}
          </a>
        </p>
        <p class="notice error" role="alert">
          {loadError}
        </p>
      </>
    );
  if (!report) return <p role="status">{tr('common.loading')}</p>;

  const cat = commune.categories.find((c) => c.code === report.category);
  return (
    <article data-testid="staff-report">
      <p>
        <a href={back} onClick={linkClick}>
          ← {tr('staff.back')}
        </a>
      </p>
      <h1 ref={heading} tabindex={-1}>
        {report.code} — {cat ? lt(cat.label) : report.category}
      </h1>
      {notice && (
        <p class={`notice ${notice.kind}`} role={notice.kind === 'warn' ? 'alert' : 'status'} tabindex={-1} ref={noticeRef} data-testid="staff-notice">
          {notice.text}
        </p>
      )}
      <div class="detail-grid">
        <div>
          <dl class="facts">
            <dt>{tr('track.state')}</dt>
            <dd>
              <span class="state-badge" data-testid="report-state" data-state={report.state}>
                {stateLabel(report.state)}
              </span>
            </dd>
            <dt>{tr('staff.filter.department')}</dt>
            <dd>{departmentName(commune, report.department)}</dd>
            <dt>{tr('staff.received')}</dt>
            <dd>{formatDate(report.createdAt)}</dd>
            {report.address && (
              <>
                <dt>{tr('track.address')}</dt>
                <dd>{report.address}</dd>
              </>
            )}
            {report.location && (
              <>
                <dt>{tr('staff.coordinates')}</dt>
                <dd>
                  {report.location.lat.toFixed(5)}, {report.location.lng.toFixed(5)}
                </dd>
              </>
            )}
            <dt>{tr('staff.reporter')}</dt>
            <dd data-testid="reporter-email">
              {report.name && <>{report.name} · </>}
              {report.email ? <a href={`mailto:${report.email}`}>{report.email}</a> : tr('staff.reporter.none')}
            </dd>
            <dt>{tr('report.description')}</dt>
            <dd style="white-space: pre-line">{report.description}</dd>
            {cat?.questions.map((q) =>
              report.answers[q.code] === undefined ? null : (
                <>
                  <dt>{lt(q.label)}</dt>
                  <dd>{q.options?.find((o) => o.key === report.answers[q.code]) ? lt(q.options.find((o) => o.key === report.answers[q.code])!.label) : answerText(report.answers[q.code])}</dd>
                </>
              ),
            )}
            {report.duplicateOf && (
              <>
                <dt>{tr('track.duplicateOf')}</dt>
                <dd>
                  <a href={`/${commune.id}/agents/signalements/${report.duplicateOf}/`} onClick={linkClick}>
                    {report.duplicateOf}
                  </a>
                </dd>
              </>
            )}
          </dl>
          <PhotoGallery photos={report.photos} newTab />
          <h2>{tr('track.history')}</h2>
          <Timeline commune={commune} entries={report.timeline} showActor />
        </div>
        <div>
          <h2 class="visually-hidden">{tr('staff.actions')}</h2>
          <TransitionForm commune={commune} report={report} mutate={mutate} />
          <AssignForm commune={commune} report={report} mutate={mutate} />
          <UpdateForm report={report} mutate={mutate} />
        </div>
      </div>
    </article>
  );
}
