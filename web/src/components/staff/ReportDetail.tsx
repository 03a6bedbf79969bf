/**
 * One report as staff see it: details, reporter's e-mail, answers, photos, full timeline, and the actions the role
 * matrix gives the signed-in person (the report's department's agents change it; any agent adds a note; workers
 * and reviewers read it, without the reporter's e-mail and name); staff comments with @mentions and watching, for
 * whoever may read it (never shown to the reporter). A change made elsewhere (a colleague, another tab) raises a
 * banner offering to reload (live/ChangedBanner.tsx) rather than replacing what is shown or being typed.
 */
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { StaffReport } from '@tandem/shared/schemas/report';
import { tr, lt, formatDate, stateLabel } from '../../lib/locale';
import PhotoGallery from '../PhotoGallery';
import Timeline, { departmentName } from '../Timeline';
import { useStaffResource, useFocusOn } from './use-staff-resource';
import { BackLink, NotLoaded } from './page-states';
import { linkClick } from './router';
import { TransitionForm, AssignForm, UpdateForm, type Mutate } from './ActionForms';
import PersonalDataErased from './PersonalDataErased';
import ReportRatings from './ReportRatings';
import { ServiceBadge, reportedByText } from './inbox/ServiceBadge';
import { may } from './may';
import PlanningForm from './inbox/PlanningForm';
import { personName, priorityLabel, slaText } from './inbox/planning-format';
import { usePeople } from './inbox/use-people';
import '../../lib/messages/backoffice';
import WorkOrderButton from './work/WorkOrderButton';
import ItemComments from './tasks/ItemComments';
import { useItemChanges } from './live/use-item-changes';
import ChangedBanner from './live/ChangedBanner';

function answerText(v: string | number | boolean): string {
  return typeof v === 'boolean' ? tr(v ? 'common.yes' : 'common.no') : String(v);
}

export default function ReportDetail({ commune, code, onSignedOut }: { commune: PublicCommuneConfig; code: string; onSignedOut(): void }) {
  const {
    item: report,
    loadError,
    load,
    heading,
    notice,
    change,
  } = useStaffResource<StaffReport>({
    commune: commune.id,
    path: `staff/reports/${encodeURIComponent(code)}`,
    onSignedOut,
    notFound: 'track.notfound',
    conflict: 'staff.conflict',
  });
  const noticeRef = useFocusOn<HTMLParagraphElement>(notice);
  const people = usePeople(commune.id);
  // Live: a colleague's change of this report raises the banner naming them (live/use-item-changes.ts).
  const live = useItemChanges({
    commune: commune.id,
    topic: `report:${code}`,
    path: `staff/reports/${encodeURIComponent(code)}`,
    shown: report,
  });
  const mutate: Mutate = (method, rest, body) =>
    live.saved(() => change(method, rest, body, () => ({ kind: 'ok', text: tr('staff.saved') })));
  const reloadNow = () => {
    live.dismiss();
    void load();
  };

  const back = { href: `/${commune.id}/agents/`, label: tr('staff.back') };
  if (loadError || !report) return <NotLoaded error={loadError} back={back} />;

  const cat = commune.categories.find((c) => c.code === report.category);
  const mine = { department: report.department };
  const R = '/api/{commune}/staff/reports/{code}';
  const canTransition = may(commune, `POST ${R}/transitions`, 'transition', mine);
  const canAssign = may(commune, `PATCH ${R}`, 'assign', mine);
  const canPlan = may(commune, `PATCH ${R}`, 'plan', mine);
  const canWrite = may(commune, `POST ${R}/updates`, 'publicUpdate', mine);
  const canNote = may(commune, `POST ${R}/updates`, 'privateNote', mine);
  const personal = may(commune, `GET ${R}`, 'personalData', mine);
  const canComment = may(commune, `POST ${R}/comments`, 'comment', mine);
  const canWatch = may(commune, `PUT ${R}/watch`, 'watch', mine);
  return (
    <article data-testid="staff-report">
      <BackLink {...back} />
      <h1 ref={heading} tabindex={-1}>
        {report.code} — {cat ? lt(cat.label) : report.category}
      </h1>
      <ChangedBanner commune={commune.id} entity="report" changed={live.changed} onReload={reloadNow} />
      {notice && (
        <p
          class={`notice ${notice.kind}`}
          role={notice.kind === 'warn' ? 'alert' : 'status'}
          tabindex={-1}
          ref={noticeRef}
          data-testid="staff-notice"
        >
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
              <ServiceBadge commune={commune} report={report} />
            </dd>
            <dt>{tr('staff.filter.department')}</dt>
            <dd>{departmentName(commune, report.department)}</dd>
            <dt>{tr('staff.received')}</dt>
            <dd>{formatDate(report.createdAt)}</dd>
            <dt>{tr('backoffice.plan.assignee')}</dt>
            <dd data-testid="report-assignee">{personName(people, report.assignee)}</dd>
            <dt>{tr('backoffice.plan.priority')}</dt>
            <dd>{priorityLabel(report.priority)}</dd>
            {report.dueAt && (
              <>
                <dt>{tr('backoffice.plan.due')}</dt>
                <dd>{formatDate(report.dueAt)}</dd>
              </>
            )}
            {report.slaDueAt && (
              <>
                <dt>{tr('backoffice.sla.fact')}</dt>
                <dd data-testid="report-sla" class={report.slaLate ? 'is-late' : undefined}>
                  {slaText(report)}
                </dd>
              </>
            )}
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
            {report.reportedBy && (
              <>
                <dt>{tr('staff.reporter')}</dt>
                <dd data-testid="reported-by">{reportedByText(commune, report.reportedBy)}</dd>
              </>
            )}
            {personal && !report.reportedBy && (
              <>
                <dt>{tr('staff.reporter')}</dt>
                <dd data-testid="reporter-email">
                  {report.name && <>{report.name} · </>}
                  {report.email ? <a href={`mailto:${report.email}`}>{report.email}</a> : tr('staff.reporter.none')}
                  <PersonalDataErased erased={report.personalDataErased} />
                </dd>
              </>
            )}
            <dt>{tr('report.description')}</dt>
            <dd style="white-space: pre-line">{report.description}</dd>
            {cat?.questions.map((q) =>
              report.answers[q.code] === undefined ? null : (
                <>
                  <dt>{lt(q.label)}</dt>
                  <dd>
                    {q.options?.find((o) => o.key === report.answers[q.code])
                      ? lt(q.options.find((o) => o.key === report.answers[q.code])!.label)
                      : answerText(report.answers[q.code])}
                  </dd>
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
            {report.ratings?.length ? (
              <>
                <dt>{tr('feedbackStaff.ratings')}</dt>
                <dd data-testid="report-ratings">
                  <ReportRatings ratings={report.ratings} />
                </dd>
              </>
            ) : null}
          </dl>
          <PhotoGallery photos={report.photos} newTab />
          <h2>{tr('track.history')}</h2>
          <Timeline commune={commune} entries={report.timeline} showActor />
          <ItemComments
            commune={commune}
            itemPath={`staff/reports/${encodeURIComponent(report.code)}`}
            entity="report"
            subject={mine}
            follow={report}
            canComment={canComment}
            canWatch={canWatch}
            reload={load}
            onSignedOut={onSignedOut}
          />
        </div>
        <div>
          <h2 class="visually-hidden">{tr('staff.actions')}</h2>
          {!canTransition && (
            <p class="hint" data-testid="report-read-only">
              {tr('staff.readOnly', { department: departmentName(commune, report.department) })}
            </p>
          )}
          {canTransition && <TransitionForm commune={commune} report={report} mutate={mutate} />}
          {canPlan && <PlanningForm key={report.version} report={report} people={people} mutate={mutate} />}
          {canAssign && <AssignForm commune={commune} report={report} mutate={mutate} />}
          {(canWrite || canNote) && <UpdateForm report={report} mutate={mutate} publicAllowed={canWrite} />}
          <WorkOrderButton commune={commune} report={report} />
        </div>
      </div>
    </article>
  );
}
