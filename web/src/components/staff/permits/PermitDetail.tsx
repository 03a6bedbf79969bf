/**
 * One permit request as staff see it: the request and the requester, the departments' opinions side by
 * side, the opinion form for the agent's departments that owe one, the actions the state machine allows,
 * the decision, the generated documents, updates and the full history.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { StaffPermit } from '@tandem/shared/permits/permit-api';
import { tr } from '../../../lib/locale';
import { ApiError, uuid } from '../../../lib/api';
import { staffFetch, SignedOut } from '../session';
import { linkClick } from '../router';
import { permitStateLabel } from './permit-format';
import PermitRequestFacts from './PermitRequestFacts';
import PermitOpinions from './PermitOpinions';
import OpinionForm from './OpinionForm';
import PermitActions from './PermitActions';
import PermitDocuments from './PermitDocuments';
import PermitDecisionView from './PermitDecisionView';
import PermitUpdateForm from './PermitUpdateForm';
import PermitTimeline from './PermitTimeline';
import type { PermitMutate } from './mutate';
import './permits.css';

interface Notice {
  kind: 'ok' | 'warn';
  text: string;
  /** Points at the documents just generated. */
  documents?: boolean;
}

export default function PermitDetail({ commune, code, onSignedOut }: { commune: PublicCommuneConfig; code: string; onSignedOut(): void }) {
  const [permit, setPermit] = useState<StaffPermit>();
  const [loadError, setLoadError] = useState('');
  const [notice, setNotice] = useState<Notice>();
  const heading = useRef<HTMLHeadingElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const path = `staff/permits/${encodeURIComponent(code)}`;

  const load = async () => {
    try {
      const p = await staffFetch<StaffPermit>(commune.id, path);
      setPermit(p);
      setLoadError('');
      return p;
    } catch (e) {
      if (e instanceof SignedOut) onSignedOut();
      else setLoadError(e instanceof ApiError && e.status === 404 ? tr('permitStaff.notFound') : tr('report.error.network'));
      return undefined;
    }
  };

  useEffect(() => {
    void load().then((p) => p && heading.current?.focus());
  }, [code]);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const pendingChange = useRef<{ signature: string; key: string }>();
  const mutate: PermitMutate = async (rest, body) => {
    setNotice(undefined);
    // One Idempotency-Key per intended change, kept while the same change is retried after a network
    // failure, so that a change that did land is answered, not applied twice or refused as stale.
    const signature = JSON.stringify([rest, body]);
    if (pendingChange.current?.signature !== signature) pendingChange.current = { signature, key: uuid() };
    try {
      const p = await staffFetch<StaffPermit>(commune.id, `${path}/${rest}`, {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { 'idempotency-key': pendingChange.current.key },
      });
      pendingChange.current = undefined;
      setPermit(p);
      if (rest === 'transitions' && p.state === 'issued') setNotice({ kind: 'ok', text: tr('permitStaff.saved.issued'), documents: true });
      else if (rest === 'transitions') setNotice({ kind: 'ok', text: tr('permitStaff.saved.state', { state: permitStateLabel(p.state) }) });
      else if (rest.startsWith('opinions/')) setNotice({ kind: 'ok', text: tr('permitStaff.saved.opinion') });
      else setNotice({ kind: 'ok', text: tr('staff.saved') });
      return true;
    } catch (e) {
      if (e instanceof ApiError) pendingChange.current = undefined;
      if (e instanceof SignedOut) {
        onSignedOut();
        return false;
      }
      if (e instanceof ApiError && e.status === 409) {
        await load();
        setNotice({ kind: 'warn', text: tr('permitStaff.conflict') });
        return false;
      }
      throw e;
    }
  };

  const back = `/${commune.id}/agents/autorisations/`;
  const backLink = (
    <p>
      <a href={back} onClick={linkClick}>
        ← {tr('permitStaff.back')}
      </a>
    </p>
  );
  if (loadError)
    return (
      <>
        {backLink}
        <p class="notice error" role="alert">
          {loadError}{' '}
          <button type="button" class="button small secondary" onClick={() => void load()}>
            {tr('common.retry')}
          </button>
        </p>
      </>
    );
  if (!permit) return <p role="status">{tr('common.loading')}</p>;

  const dueOf = (department: string) => permit.opinions.find((o) => o.department === department && o.status === 'pending')?.due;
  return (
    <article data-testid="staff-permit" data-code={permit.code}>
      {backLink}
      <h1 ref={heading} tabindex={-1}>
        {permit.reference ?? permit.code} — {permit.title}
      </h1>
      {notice && (
        <div class={`notice ${notice.kind}`} role={notice.kind === 'warn' ? 'alert' : 'status'} tabindex={-1} ref={noticeRef} data-testid="permit-notice">
          <p>{notice.text}</p>
          {notice.documents && (
            <p>
              <a href="#permit-documents-title">{tr('permitStaff.saved.issued.link')}</a>
            </p>
          )}
        </div>
      )}
      <dl class="facts">
        <dt>{tr('track.state')}</dt>
        <dd>
          <span class="state-badge" data-testid="permit-state" data-state={permit.state}>
            {permitStateLabel(permit.state)}
          </span>
        </dd>
        <dt>{tr('track.code')}</dt>
        <dd data-testid="permit-code">{permit.code}</dd>
        {permit.reference && (
          <>
            <dt>{tr('permitStaff.col.reference')}</dt>
            <dd data-testid="permit-reference">{permit.reference}</dd>
          </>
        )}
      </dl>
      <div class="detail-grid">
        <div>
          <PermitRequestFacts commune={commune} permit={permit} />
          <PermitOpinions commune={commune} permit={permit} />
          <PermitDecisionView permit={permit} />
          <PermitDocuments permit={permit} />
          <PermitTimeline commune={commune} entries={permit.timeline} />
        </div>
        <div>
          {permit.myPendingOpinions.length > 0 && (
            <section class="permit-section" aria-labelledby="my-opinions-title" data-testid="my-opinions">
              <h2 id="my-opinions-title">{tr('permitStaff.opinion.mine')}</h2>
              {permit.myPendingOpinions.map((d) => (
                <OpinionForm key={d} commune={commune} department={d} due={dueOf(d)} mutate={mutate} />
              ))}
            </section>
          )}
          <PermitActions commune={commune} permit={permit} mutate={mutate} />
          <PermitUpdateForm permit={permit} mutate={mutate} />
        </div>
      </div>
    </article>
  );
}
