/**
 * One permit request as staff see it: the request and the requester, the departments' opinions side by
 * side, the opinion form for the agent's departments that owe one, the actions the state machine allows,
 * the decision, the generated documents, updates and the full history; staff comments with @mentions and watching
 * (never shown to the requester nor on the public page). A change made elsewhere (a colleague, the requester) raises
 * a banner offering to reload (live/ChangedBanner.tsx) rather than replacing what is shown or being typed.
 */
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { StaffPermit } from '@tandem/shared/permits/permit-api';
import { tr } from '../../../lib/locale';
import { useStaffResource, useFocusOn, type StaffNotice } from '../use-staff-resource';
import { BackLink, NotLoaded } from '../page-states';
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
import { may } from '../may';
import ItemComments from '../tasks/ItemComments';
import { useItemChanges } from '../live/use-item-changes';
import ChangedBanner from '../live/ChangedBanner';
import './permits.css';

/** What to say once a change is saved. */
function savedNotice(rest: string, p: StaffPermit): StaffNotice {
  if (rest === 'transitions' && p.state === 'issued') return { kind: 'ok', text: tr('permitStaff.saved.issued'), documents: true };
  if (rest === 'transitions') return { kind: 'ok', text: tr('permitStaff.saved.state', { state: permitStateLabel(p.state) }) };
  if (rest.startsWith('opinions/')) return { kind: 'ok', text: tr('permitStaff.saved.opinion') };
  return { kind: 'ok', text: tr('staff.saved') };
}

export default function PermitDetail({ commune, code, onSignedOut }: { commune: PublicCommuneConfig; code: string; onSignedOut(): void }) {
  const {
    item: permit,
    loadError,
    load,
    heading,
    notice,
    change,
  } = useStaffResource<StaffPermit>({
    commune: commune.id,
    path: `staff/permits/${encodeURIComponent(code)}`,
    onSignedOut,
    notFound: 'permitStaff.notFound',
    conflict: 'permitStaff.conflict',
  });
  const noticeRef = useFocusOn<HTMLDivElement>(notice);
  // Live: a colleague's change of this permit raises the banner naming them (live/use-item-changes.ts).
  const live = useItemChanges({
    commune: commune.id,
    topic: `permit:${code}`,
    path: `staff/permits/${encodeURIComponent(code)}`,
    shown: permit,
  });
  const mutate: PermitMutate = (rest, body) => live.saved(() => change('POST', rest, body, (p) => savedNotice(rest, p)));
  const reloadNow = () => {
    live.dismiss();
    void load();
  };

  const back = { href: `/${commune.id}/agents/autorisations/`, label: tr('permitStaff.back') };
  if (loadError || !permit) return <NotLoaded error={loadError} back={back} onRetry={() => void load()} />;

  // Who may comment and watch: whoever may read it (the departments handling and reviewing it; the API judges).
  const subject = { department: permit.handlingDepartment, reviewers: permit.reviewers };
  const dueOf = (department: string) => permit.opinions.find((o) => o.department === department && o.status === 'pending')?.due;
  return (
    <article data-testid="staff-permit" data-code={permit.code}>
      <BackLink {...back} />
      <h1 ref={heading} tabindex={-1}>
        {permit.reference ?? permit.code} — {permit.title}
      </h1>
      <ChangedBanner commune={commune.id} entity="permit" changed={live.changed} onReload={reloadNow} />
      {notice && (
        <div
          class={`notice ${notice.kind}`}
          role={notice.kind === 'warn' ? 'alert' : 'status'}
          tabindex={-1}
          ref={noticeRef}
          data-testid="permit-notice"
        >
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
          <ItemComments
            commune={commune}
            itemPath={`staff/permits/${encodeURIComponent(permit.code)}`}
            entity="permit"
            subject={subject}
            follow={permit}
            canComment={may(commune, 'POST /api/{commune}/staff/permits/{code}/comments', 'comment', subject)}
            canWatch={may(commune, 'PUT /api/{commune}/staff/permits/{code}/watch', 'watch', subject)}
            reload={load}
            onSignedOut={onSignedOut}
          />
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
