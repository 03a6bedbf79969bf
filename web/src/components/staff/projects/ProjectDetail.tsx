/**
 * One project: its facts (kind, status and health in words, period, departments, PST objective, template, progress),
 * its edit form for the agents of the departments taking part (a stale version reloads it, 409), its tasks with links
 * to the tasks screens, its activity, its comments (once the comments route exists) and, for a works project, the
 * publication panel. A colleague's change (topic `project:<id>`) raises a banner naming them, with « Recharger »
 * (live/ChangedBanner.tsx): what the agent was typing in the form stays until then.
 */
import { useEffect, useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { tr } from '../../../lib/locale';
import { ErrorSummary } from '../../report/form-errors';
import { may } from '../may';
import { BackLink, NotLoaded } from '../page-states';
import { useFormSubmit } from '../use-form-submit';
import { useFocusOn, useStaffResource } from '../use-staff-resource';
import { FIELD_ORDER, type ProjectDraft, ProjectFields, checkDraft, placeFields, placeOf, pstTitle } from './ProjectFields';
import { type ProjectView, dayText, departmentsText, kindLabel, periodText } from './project-format';
import { Health, Progress, Status } from './ProjectBits';
import ProjectTasks from './ProjectTasks';
import ProjectActivity from './ProjectActivity';
import ProjectComment from './ProjectComment';
import PublicationPanel from './PublicationPanel';
import { personName } from '../tasks/task-format';
import { usePeople } from '../tasks/use-people';
import { useItemChanges } from '../live/use-item-changes';
import ChangedBanner from '../live/ChangedBanner';

const draftOf = (p: ProjectView): ProjectDraft => ({
  kind: p.kind,
  title: p.title,
  description: p.description,
  departments: p.departments,
  lead: p.lead ?? '',
  start: p.start ?? '',
  end: p.end ?? '',
  status: p.status,
  health: p.health,
  budgetLine: p.budgetLine ?? '',
  pstObjective: p.pstObjective ?? '',
  ...placeFields(p.place),
});

/** Only what the agent changed, with `null` for what they emptied. */
export function changeOf(before: ProjectView, d: ProjectDraft): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of ['title', 'description'] as const) if (d[k].trim() !== before[k]) out[k] = d[k].trim();
  if (d.departments.join() !== before.departments.join()) out.departments = d.departments;
  for (const k of ['lead', 'start', 'end', 'budgetLine', 'pstObjective'] as const) {
    const v = d[k].trim();
    if (v !== (before[k] ?? '')) out[k] = v || null;
  }
  if (d.status !== before.status) out.status = d.status;
  if (d.health !== before.health) out.health = d.health;
  const place = placeOf(d);
  if (JSON.stringify(place) !== JSON.stringify(placeOf(draftOf(before)))) out.place = place ?? null;
  return out;
}

export default function ProjectDetail({ commune, id, onSignedOut }: { commune: PublicCommuneConfig; id: string; onSignedOut(): void }) {
  const base = `/${commune.id}/agents/projets/`;
  const back = { href: base, label: tr('projects.back') };
  const r = useStaffResource<ProjectView>({
    commune: commune.id,
    path: `staff/projects/${encodeURIComponent(id)}`,
    onSignedOut,
    notFound: 'projects.notFound',
    conflict: 'projects.conflict',
  });
  const [draft, setDraft] = useState<ProjectDraft>();
  const people = usePeople(commune.id);
  const form = useFormSubmit();
  const noticeRef = useFocusOn<HTMLParagraphElement>(r.notice);
  const live = useItemChanges({
    commune: commune.id,
    topic: `project:${id}`,
    path: `staff/projects/${encodeURIComponent(id)}`,
    shown: r.item,
  });
  // The form follows the stored project after each load or save (a conflict reloads it: the agent redoes the change).
  useEffect(() => r.item && setDraft(draftOf(r.item)), [r.item?.version]);

  const p = r.item;
  if (!p || !draft) return <NotLoaded error={r.loadError} back={back} onRetry={() => void r.load()} />;
  const subject = { department: p.departments[0], reviewers: p.departments.slice(1) };
  const editable = may(commune, 'PATCH /api/{commune}/staff/projects/{id}', 'update', subject);
  const template = p.template && commune.work?.templates.find((t) => t.id === p.template?.id);

  const save = () => {
    const change = changeOf(p, draft);
    if (!Object.keys(change).length) return Promise.resolve(true);
    return live.saved(() => r.change('PATCH', '', { version: p.version, ...change }, () => ({ kind: 'ok', text: tr('projects.saved') })));
  };
  const reloadNow = () => {
    live.dismiss();
    void r.load();
  };

  return (
    <article aria-labelledby="project-title" data-testid="project">
      <BackLink {...back} />
      <h1 id="project-title" tabindex={-1} ref={r.heading}>
        {p.title}
      </h1>
      <ChangedBanner commune={commune.id} entity="project" changed={live.changed} onReload={reloadNow} />
      {r.notice && (
        <p class={`notice ${r.notice.kind}`} role="status" tabindex={-1} ref={noticeRef} data-testid="project-notice">
          {r.notice.text}
        </p>
      )}
      <section aria-labelledby="project-facts">
        <h2 id="project-facts">{tr('projects.detail.facts')}</h2>
        <dl class="facts">
          <dt>{tr('projects.col.kind')}</dt>
          <dd>{kindLabel(p.kind)}</dd>
          <dt>{tr('projects.col.status')}</dt>
          <dd data-testid="project-status">
            <Status status={p.status} />
          </dd>
          <dt>{tr('projects.col.health')}</dt>
          <dd>
            <Health health={p.health} />
          </dd>
          <dt>{tr('projects.col.period')}</dt>
          <dd>{periodText(p)}</dd>
          {p.place && (
            <>
              <dt>{tr('projects.field.place')}</dt>
              <dd data-testid="project-place">{p.place.label || tr('projects.place.drawn')}</dd>
            </>
          )}
          <dt>{tr('projects.field.lead')}</dt>
          <dd data-testid="project-lead">{p.lead ? personName(people, p.lead) : tr('projects.field.lead.none')}</dd>
          <dt>{tr('projects.detail.lead')}</dt>
          <dd>{departmentsText(commune, p.departments.slice(0, 1))}</dd>
          {p.departments.length > 1 && (
            <>
              <dt>{tr('projects.col.departments')}</dt>
              <dd>{departmentsText(commune, p.departments.slice(1))}</dd>
            </>
          )}
          {p.pstObjective && (
            <>
              <dt>{tr('projects.detail.pst')}</dt>
              <dd>{pstTitle(commune, p.pstObjective)}</dd>
            </>
          )}
          {p.budgetLine && (
            <>
              <dt>{tr('projects.field.budgetLine')}</dt>
              <dd>{p.budgetLine}</dd>
            </>
          )}
          <dt>{tr('projects.detail.tasks')}</dt>
          <dd>
            <Progress progress={p.progress} />
          </dd>
        </dl>
        {p.template && (
          <p>
            {tr('projects.detail.template', {
              title: template ? template.title : p.template.id,
              version: p.template.version,
              day: dayText(p.template.anchorDay),
            })}
          </p>
        )}
        {p.description && <p class="pre-line">{p.description}</p>}
      </section>

      <section aria-labelledby="project-tasks-title">
        <h2 id="project-tasks-title">{tr('projects.detail.tasks')}</h2>
        <ProjectTasks commune={commune} projectId={p.id} version={p.version} onSignedOut={onSignedOut} />
      </section>

      {p.kind === 'works' && <PublicationPanel commune={commune} project={p} onChanged={() => void r.load()} />}

      <section aria-labelledby="project-edit-title">
        <h2 id="project-edit-title">{tr('projects.detail.edit')}</h2>
        {editable ? (
          <form noValidate onSubmit={form.onSubmit(() => checkDraft(draft), save)} data-testid="project-edit">
            <ErrorSummary order={FIELD_ORDER} {...form.summary} prefix="project-edit" />
            <ProjectFields commune={commune} draft={draft} onDraft={setDraft} errors={form.errors} withKind={false} />
            <p>
              <button type="submit" class="button" disabled={form.busy} data-testid="project-save">
                {form.busy ? tr('projects.form.saving') : tr('projects.form.save')}
              </button>
            </p>
          </form>
        ) : (
          <p>{tr('projects.detail.readOnly')}</p>
        )}
      </section>

      <section aria-labelledby="project-activity-title">
        <h2 id="project-activity-title">{tr('projects.detail.activity')}</h2>
        <ProjectComment commune={commune} projectId={p.id} onSent={() => void r.load()} onSignedOut={onSignedOut} />
        <ProjectActivity commune={commune} activity={p.activity ?? []} />
      </section>
    </article>
  );
}
