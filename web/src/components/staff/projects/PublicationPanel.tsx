/**
 * The public side of a works project, in its detail page (mounted by the projects screens): publish the page or
 * update it, take it down, write a progress update with photos, and reach the public page and the poster. What the
 * person may do follows the role matrix (mayDo); the API stays the judge (a stale version: 409, said plainly).
 */
import { useEffect, useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { ProjectView } from '@tandem/shared/schemas/work';
import type { PublicationAnswer, PublicWorks } from '@tandem/shared/schemas/worksites';
import { worksPagePath, worksPosterPath } from '@tandem/shared/worksites/works-paths';
import { ApiError, apiFetch, apiPath, uuid } from '../../../lib/api';
import { tr } from '../../../lib/locale';
import '../../../lib/messages/worksites';
import ConfirmAction from '../ConfirmAction';
import { may } from '../may';
import { staffFetch } from '../session';
import { problemText } from '../staff-text';
import ProgressForm from './progress-form';
import { bodyOf, draftFromPage, emptyPublication, PublicationFields, type PublicationDraft } from './publication-form';

type Notice = { kind: 'ok' | 'warn'; text: string };

const fieldErrors = (e: unknown): Record<string, string> =>
  e instanceof ApiError ? Object.fromEntries(e.invalidParams.map((p) => [p.name, p.reason])) : {};

export default function PublicationPanel({
  commune,
  project,
  onChanged,
}: {
  commune: PublicCommuneConfig;
  project: ProjectView;
  onChanged(): void;
}) {
  const [draft, setDraft] = useState<PublicationDraft>(() => emptyPublication(project.start, project.end));
  const [published, setPublished] = useState(project.published);
  const [version, setVersion] = useState(project.version);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<Notice>();
  const [busy, setBusy] = useState(false);
  const [key, setKey] = useState(uuid);
  const subject = { department: project.departments[0] };
  const c = commune.id;

  useEffect(() => {
    setVersion(project.version);
    setPublished(project.published);
  }, [project.version, project.published]);
  useEffect(() => {
    if (!project.published) return;
    apiFetch<PublicWorks>(apiPath(c, `works/${encodeURIComponent(project.id)}`))
      .then((page) => setDraft(draftFromPage(page)))
      .catch(() => undefined);
  }, [c, project.id, project.published]);

  if (project.kind !== 'works') return <p class="hint">{tr('works.staff.notWorks')}</p>;

  const done = (a: PublicationAnswer, text: string) => {
    setVersion(a.version);
    setPublished(a.published);
    setErrors({});
    setKey(uuid());
    setNotice({ kind: 'ok', text });
    onChanged();
  };
  const fail = (e: unknown) => {
    setErrors(fieldErrors(e));
    const stale = e instanceof ApiError && e.status === 409 && typeof e.problem?.currentVersion === 'number';
    const text = stale ? tr('works.staff.stale') : tr('works.staff.failed', { detail: problemText(e) });
    setNotice({ kind: 'warn', text });
    return text;
  };
  const call = async (method: 'POST' | 'DELETE', body: unknown, text: string) => {
    setBusy(true);
    try {
      const rest = `staff/projects/${encodeURIComponent(project.id)}/publication${method === 'DELETE' ? `?version=${version}` : ''}`;
      const a = await staffFetch<PublicationAnswer>(c, rest, {
        method,
        headers: { 'idempotency-key': key },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      done(a, text);
      return '';
    } catch (e) {
      return fail(e);
    } finally {
      setBusy(false);
    }
  };

  const mayPublish = may(commune, 'POST /api/{commune}/staff/projects/{id}/publication', 'publish', subject);
  const mayUnpublish = may(commune, 'DELETE /api/{commune}/staff/projects/{id}/publication', 'unpublish', subject);
  const mayProgress = may(commune, 'POST /api/{commune}/staff/projects/{id}/progress', 'progress', subject);
  return (
    <section class="card" aria-labelledby="publication-title">
      <h2 id="publication-title">{tr('works.staff.title')}</h2>
      <p>
        <span class="badge">{tr(published ? 'works.staff.published' : 'works.staff.notPublished')}</span> {tr('works.staff.intro')}
      </p>
      {!project.place && <p class="notice warn">{tr('works.staff.noPlace')}</p>}
      {notice && (
        <p class={`notice ${notice.kind}`} role={notice.kind === 'ok' ? 'status' : 'alert'}>
          {notice.text}
        </p>
      )}
      {published && (
        <p>
          <a href={worksPagePath(c, project.id)} target="_blank" rel="noopener">
            {tr('works.staff.openPage')}
          </a>
          {' · '}
          <a href={worksPosterPath(c, project.id)} target="_blank" rel="noopener">
            {tr('works.staff.poster')}
          </a>
        </p>
      )}
      {mayPublish && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void call('POST', bodyOf(draft, version), tr('works.staff.saved'));
          }}
        >
          <PublicationFields draft={draft} onChange={setDraft} errors={errors} />
          <button type="submit" class="button primary" disabled={busy || !project.place}>
            {tr(published ? 'works.staff.update' : 'works.staff.publish')}
          </button>
        </form>
      )}
      {published && mayUnpublish && (
        <ConfirmAction
          id="unpublish-works"
          open={tr('works.staff.unpublish')}
          title={tr('works.staff.unpublish')}
          text={tr('works.staff.unpublishConfirm')}
          yes={tr('works.staff.unpublish')}
          no={tr('common.no')}
          onConfirm={() => call('DELETE', undefined, tr('works.staff.removed'))}
        />
      )}
      {published && mayProgress && (
        <ProgressForm commune={c} id={project.id} version={version} onDone={(a) => done(a, tr('works.staff.progress.sent'))} />
      )}
    </section>
  );
}
