/**
 * « Nouveau projet »: a blank project, or one « à partir d'un modèle » — the commune's process template and its anchor
 * day, with the dated tasks it will make shown before they are (the same templateTasks the API runs, in Brussels
 * time). One Idempotency-Key per intended project, kept while the same one is retried after a network failure.
 */
import { useEffect, useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { formatBrusselsInstant } from '@tandem/shared/brussels-time';
import { isValidIsoDate } from '@tandem/shared/permits/calendar';
import { templateTasks } from '@tandem/shared/work/template-tasks';
import { dateLocale, tr } from '../../../lib/locale';
import { ApiError } from '../../../lib/api';
import { ErrorSummary, FieldError, describedBy } from '../../report/form-errors';
import { departmentName } from '../../Timeline';
import { BackLink } from '../page-states';
import { navigate } from '../router';
import { SignedOut, staffFetch } from '../session';
import { useFormSubmit } from '../use-form-submit';
import { FIELD_ORDER, type ProjectDraft, ProjectFields, checkDraft, placeFields, placeOf } from './ProjectFields';
import { type ProjectView, projectHref } from './project-format';
import { useRetryKey } from '../../../lib/use-retry-key';

const blank = (): ProjectDraft => ({
  kind: 'works',
  title: '',
  description: '',
  departments: [],
  lead: '',
  start: '',
  end: '',
  status: 'planned',
  health: 'on-track',
  budgetLine: '',
  pstObjective: '',
  ...placeFields(undefined),
});

export function draftBody(d: ProjectDraft) {
  return {
    kind: d.kind,
    title: d.title.trim(),
    description: d.description.trim(),
    departments: d.departments,
    status: d.status,
    health: d.health,
    ...(d.lead ? { lead: d.lead } : {}),
    ...(d.start ? { start: d.start } : {}),
    ...(d.end ? { end: d.end } : {}),
    ...(d.budgetLine.trim() ? { budgetLine: d.budgetLine.trim() } : {}),
    ...(d.pstObjective ? { pstObjective: d.pstObjective } : {}),
    ...(placeOf(d) ? { place: placeOf(d) } : {}),
  };
}

export default function NewProject({ commune, onSignedOut }: { commune: PublicCommuneConfig; onSignedOut(): void }) {
  const base = `/${commune.id}/agents/projets/`;
  const templates = commune.work?.templates ?? [];
  const [fromTemplate, setFromTemplate] = useState(templates.length > 0);
  const [templateId, setTemplateId] = useState(templates[0]?.id ?? '');
  const [anchorDay, setAnchorDay] = useState('');
  const [draft, setDraft] = useState<ProjectDraft>(() => ({ ...blank(), kind: templates[0]?.kind ?? 'works' }));
  const form = useFormSubmit();
  const retry = useRetryKey();
  useEffect(() => document.getElementById('new-project-title')?.focus(), []);
  const template = fromTemplate ? templates.find((t) => t.id === templateId) : undefined;
  const preview =
    template && isValidIsoDate(anchorDay)
      ? templateTasks(template, { commune: commune.id, projectId: 'preview', anchorDay, createdAt: '', createdBy: '', idOf: (s) => s })
      : [];

  const chooseTemplate = (id: string) => {
    setTemplateId(id);
    const t = templates.find((x) => x.id === id);
    if (t) setDraft({ ...draft, kind: t.kind });
  };

  const check = () => {
    const e = checkDraft(draft);
    if (template && !isValidIsoDate(anchorDay)) e['p-anchor'] = tr('projects.form.anchor.required');
    return e;
  };
  const send = async () => {
    const body = { ...draftBody(draft), ...(template ? { template: { id: template.id, anchorDay } } : {}) };
    const key = retry.keyFor(body);
    try {
      const p = await staffFetch<ProjectView>(commune.id, 'staff/projects', {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { 'idempotency-key': key },
      });
      retry.forget();
      navigate(projectHref(commune.id, p.id));
      return true;
    } catch (e) {
      if (e instanceof ApiError) retry.forget();
      if (e instanceof SignedOut) {
        onSignedOut();
        return false;
      }
      throw e;
    }
  };

  return (
    <section aria-labelledby="new-project-title" data-testid="new-project">
      <BackLink href={base} label={tr('projects.back')} />
      <h1 id="new-project-title" tabindex={-1}>
        {tr('projects.new.title')}
      </h1>
      <form noValidate onSubmit={form.onSubmit(check, send)}>
        <ErrorSummary order={['p-anchor', ...FIELD_ORDER]} {...form.summary} />
        <fieldset class="field">
          <legend>{tr('projects.new.source')}</legend>
          <div class="radio">
            <input
              type="radio"
              id="p-source-template"
              name="p-source"
              checked={fromTemplate}
              disabled={!templates.length}
              onChange={() => setFromTemplate(true)}
            />
            <label for="p-source-template">{tr('projects.new.fromTemplate')}</label>
          </div>
          <div class="radio">
            <input type="radio" id="p-source-blank" name="p-source" checked={!fromTemplate} onChange={() => setFromTemplate(false)} />
            <label for="p-source-blank">{tr('projects.new.blank')}</label>
          </div>
          {!templates.length && <p class="hint">{tr('projects.new.noTemplate')}</p>}
        </fieldset>
        {template && (
          <div class="template-choice">
            <div class="field">
              <label for="p-template">{tr('projects.new.template')}</label>
              <select id="p-template" value={templateId} onChange={(e) => chooseTemplate(e.currentTarget.value)}>
                {templates.map((t) => (
                  <option value={t.id} key={t.id}>
                    {t.title}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for="p-anchor">
                {template.anchorLabel} <span class="required">({tr('projects.form.required')})</span>
              </label>
              <input
                id="p-anchor"
                type="date"
                value={anchorDay}
                aria-invalid={form.errors['p-anchor'] ? 'true' : undefined}
                aria-describedby={describedBy('p-anchor', form.errors)}
                onInput={(e) => setAnchorDay(e.currentTarget.value)}
              />
              <FieldError id="p-anchor" errors={form.errors} />
            </div>
            <h2>{tr('projects.new.preview')}</h2>
            {preview.length ? (
              <table class="inbox template-preview" data-testid="template-preview">
                <caption>{tr('projects.new.preview.caption', { n: preview.length, title: template.title })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{tr('projects.detail.tasks.due')}</th>
                    <th scope="col">{tr('projects.col.title')}</th>
                    <th scope="col">{tr('projects.filter.department')}</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.map((t, i) => {
                    const offset = template.steps[i].offsetDays;
                    return (
                      <tr key={t.id}>
                        <td>
                          {tr('projects.new.preview.day', { offset: offset === 0 ? '' : offset > 0 ? `+${offset}` : String(offset) })} ·{' '}
                          {formatBrusselsInstant(t.dueAt!, dateLocale(), {
                            weekday: 'short',
                            day: 'numeric',
                            month: 'short',
                            hour: '2-digit',
                            minute: '2-digit',
                          })}
                        </td>
                        <td>{t.title}</td>
                        <td>{departmentName(commune, t.department)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            ) : (
              <p class="hint">{tr('projects.new.preview.hint')}</p>
            )}
          </div>
        )}
        <ProjectFields commune={commune} draft={draft} onDraft={setDraft} errors={form.errors} withKind />
        <p>
          <button type="submit" class="button" disabled={form.busy} data-testid="project-create">
            {form.busy ? tr('projects.form.saving') : tr('projects.form.create')}
          </button>
        </p>
      </form>
    </section>
  );
}
