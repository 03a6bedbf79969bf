/**
 * A project's fields, for the new project and its edit form: a draft held by the caller, each field labelled, its
 * problem under it (FieldError) and in the form's summary. Departments are checkboxes (the first ticked leads); the
 * lead is a colleague picked from the staff directory (the tasks' people picker, one person or nobody). The place (words, and a point, line or area drawn on the map) is what a works site needs before it is published.
 */
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { Position } from '@tandem/shared/permits/permit-details';
import type { ProjectView } from '@tandem/shared/schemas/work';
import { PROJECT_HEALTH, PROJECT_KINDS, PROJECT_STATUSES } from '@tandem/shared/work/task-states';
import type { ProjectHealth, ProjectKind, ProjectStatus } from '@tandem/shared/work/task-states';
import { tr } from '../../../lib/locale';
import { describedBy, FieldError, type FieldErrors } from '../../report/form-errors';
import GeometryField from '../../permits/GeometryField';
import { geometryOf, pointsOf, type Shape } from '../../permits/request-draft';
// The place is drawn with the permit form's map field: its messages come with the permit labels.
import '../../../lib/messages/permits';
// The lead is picked with the tasks' people picker: its messages come with the tasks screens'.
import '../../../lib/messages/work-tasks';
import PeoplePicker from '../tasks/PeoplePicker';
import { usePeople } from '../tasks/use-people';
import { departmentName } from '../../Timeline';
import { healthLabel, kindLabel, projectDepartments, statusLabel } from './project-format';

export interface ProjectDraft {
  kind: ProjectKind;
  title: string;
  description: string;
  departments: string[];
  /** The lead's id (a Cognito sub), '' for nobody. */
  lead: string;
  start: string;
  end: string;
  status: ProjectStatus;
  health: ProjectHealth;
  budgetLine: string;
  pstObjective: string;
  placeLabel: string;
  shape: Shape;
  points: Position[];
}

export const FIELD_ORDER = [
  'p-kind',
  'p-title',
  'p-description',
  'p-departments',
  'p-lead',
  'p-start',
  'p-end',
  'p-status',
  'p-health',
  'p-pst',
  'p-budget',
  'p-place-label',
  'pf-geometry',
];

type WorkPlace = NonNullable<ProjectView['place']>;

/** The draft's place fields from a stored place (none: an empty point). */
export const placeFields = (place: WorkPlace | undefined): Pick<ProjectDraft, 'placeLabel' | 'shape' | 'points'> => ({
  placeLabel: place?.label ?? '',
  ...(pointsOf(place?.geometry) ?? { shape: 'Point', points: [] }),
});

/** The place the draft gives (undefined while nothing is drawn: words alone do not place the works). */
export function placeOf(d: ProjectDraft): WorkPlace | undefined {
  const geometry = geometryOf(d.shape, d.points);
  return geometry ? { ...(d.placeLabel.trim() ? { label: d.placeLabel.trim() } : {}), geometry } : undefined;
}

/** The draft's own problems, before it is sent (the API checks the rest and names the fields). */
export function checkDraft(d: ProjectDraft): FieldErrors {
  const e: FieldErrors = {};
  if (d.title.trim().length < 3) e['p-title'] = tr('projects.form.title.required');
  if (!d.departments.length) e['p-departments'] = tr('projects.form.departments.required');
  if (d.points.length && !placeOf(d)) e['pf-geometry'] = tr('projects.form.place.incomplete');
  return e;
}

export function ProjectFields({
  commune,
  draft,
  onDraft,
  errors,
  withKind,
}: {
  commune: PublicCommuneConfig;
  draft: ProjectDraft;
  onDraft(d: ProjectDraft): void;
  errors: FieldErrors;
  withKind: boolean;
}) {
  const set = <K extends keyof ProjectDraft>(k: K, v: ProjectDraft[K]) => onDraft({ ...draft, [k]: v });
  const pst = commune.work?.pst ?? [];
  const people = usePeople(commune.id);
  return (
    <>
      {withKind && (
        <div class="field">
          <label for="p-kind">{tr('projects.field.kind')}</label>
          <select id="p-kind" value={draft.kind} onChange={(e) => set('kind', e.currentTarget.value as ProjectKind)}>
            {PROJECT_KINDS.map((k) => (
              <option value={k} key={k}>
                {kindLabel(k)}
              </option>
            ))}
          </select>
        </div>
      )}
      <div class="field">
        <label for="p-title">
          {tr('projects.field.title')} <span class="required">({tr('projects.form.required')})</span>
        </label>
        <input
          id="p-title"
          value={draft.title}
          maxLength={140}
          required
          aria-invalid={errors['p-title'] ? 'true' : undefined}
          aria-describedby={describedBy('p-title', errors)}
          onInput={(e) => set('title', e.currentTarget.value)}
        />
        <FieldError id="p-title" errors={errors} />
      </div>
      <div class="field">
        <label for="p-description">{tr('projects.field.description')}</label>
        <textarea
          id="p-description"
          rows={4}
          maxLength={5000}
          value={draft.description}
          onInput={(e) => set('description', e.currentTarget.value)}
        />
      </div>
      <fieldset
        class="field"
        id="p-departments"
        tabindex={-1}
        aria-describedby={describedBy('p-departments', errors, 'p-departments-hint')}
      >
        <legend>
          {tr('projects.field.departments')} <span class="required">({tr('projects.form.required')})</span>
        </legend>
        <p class="hint" id="p-departments-hint">
          {tr('projects.field.departments.hint')}
        </p>
        <FieldError id="p-departments" errors={errors} />
        {projectDepartments(commune).map((d) => (
          <div class="checkbox" key={d.code}>
            <input
              type="checkbox"
              id={`p-dept-${d.code}`}
              checked={draft.departments.includes(d.code)}
              onChange={(e) =>
                set('departments', e.currentTarget.checked ? [...draft.departments, d.code] : draft.departments.filter((c) => c !== d.code))
              }
            />
            <label for={`p-dept-${d.code}`}>
              {departmentName(commune, d.code)}
              {draft.departments[0] === d.code ? ` — ${tr('projects.detail.lead')}` : ''}
            </label>
          </div>
        ))}
      </fieldset>
      <PeoplePicker
        id="p-lead"
        legend={tr('projects.field.lead')}
        single={{ none: tr('projects.field.lead.none') }}
        people={people}
        department={draft.departments[0] ?? ''}
        value={draft.lead ? [draft.lead] : []}
        onValue={(ids) => set('lead', ids[0] ?? '')}
      />
      <div class="field-row">
        <div class="field">
          <label for="p-start">{tr('projects.field.start')}</label>
          <input id="p-start" type="date" value={draft.start} onInput={(e) => set('start', e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="p-end">{tr('projects.field.end')}</label>
          <input
            id="p-end"
            type="date"
            value={draft.end}
            aria-invalid={errors['p-end'] ? 'true' : undefined}
            aria-describedby={describedBy('p-end', errors)}
            onInput={(e) => set('end', e.currentTarget.value)}
          />
          <FieldError id="p-end" errors={errors} />
        </div>
      </div>
      <div class="field-row">
        <div class="field">
          <label for="p-status">{tr('projects.field.status')}</label>
          <select id="p-status" value={draft.status} onChange={(e) => set('status', e.currentTarget.value as ProjectStatus)}>
            {PROJECT_STATUSES.map((s) => (
              <option value={s} key={s}>
                {statusLabel(s)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="p-health">{tr('projects.field.health')}</label>
          <select id="p-health" value={draft.health} onChange={(e) => set('health', e.currentTarget.value as ProjectHealth)}>
            {PROJECT_HEALTH.map((h) => (
              <option value={h} key={h}>
                {healthLabel(h)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {pst.length > 0 && (
        <div class="field">
          <label for="p-pst">{tr('projects.field.pstObjective')}</label>
          <select id="p-pst" value={draft.pstObjective} onChange={(e) => set('pstObjective', e.currentTarget.value)}>
            <option value="">{tr('projects.field.pstObjective.none')}</option>
            {pst.map((s) => (
              <optgroup label={s.title} key={s.id}>
                {s.operational.map((o) => (
                  <option value={o.id} key={o.id}>
                    {o.title}
                    {o.alderman ? ` (${o.alderman})` : ''}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
      )}
      <div class="field">
        <label for="p-budget">{tr('projects.field.budgetLine')}</label>
        <input id="p-budget" value={draft.budgetLine} maxLength={60} onInput={(e) => set('budgetLine', e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="p-place-label">{tr('projects.field.placeLabel')}</label>
        <input id="p-place-label" value={draft.placeLabel} maxLength={200} onInput={(e) => set('placeLabel', e.currentTarget.value)} />
      </div>
      <GeometryField
        commune={commune}
        shape={draft.shape}
        points={draft.points}
        errors={errors}
        shapes={['Point', 'LineString', 'Polygon']}
        onChange={(shape, points) => onDraft({ ...draft, shape, points })}
      />
    </>
  );
}

/** The PST objective's title, from the commune's plan. */
export function pstTitle(commune: PublicCommuneConfig, id: string | undefined): string {
  if (!id) return '';
  for (const s of commune.work?.pst ?? []) for (const o of s.operational) if (o.id === id) return o.title;
  return id;
}
