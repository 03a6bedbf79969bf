/** What the task points at (a report, a permit, a map item, a task, a project), each opening its staff page; add or remove one. */
import { useState } from 'preact/hooks';
import type { MessageKey } from '../../../lib/locale';
import { tr } from '../../../lib/locale';
import { linkClick } from '../router';
import { problemText } from '../staff-text';
import type { TaskView } from './task-api';
import { linkHref } from './tasks-route';
import type { PatchTask } from './TaskDetail';

const KINDS = ['report', 'permit', 'map-item', 'task', 'project'] as const;
type Kind = (typeof KINDS)[number];
export const linkKindLabel = (k: string) => tr(`workTasks.link.${k}` as MessageKey);

/** `canEdit`: add and remove links (a change of the task's details). */
export default function TaskLinks({
  commune,
  task,
  patch,
  canEdit,
}: {
  commune: string;
  task: TaskView;
  patch: PatchTask;
  canEdit: boolean;
}) {
  const [kind, setKind] = useState<Kind>('report');
  const [id, setId] = useState('');
  const [said, setSaid] = useState('');
  const save = async (links: TaskView['links'], ok: string) => {
    try {
      if (await patch({ links }, 'workTasks.saved.links')) {
        setSaid(ok);
        return true;
      }
    } catch (e) {
      setSaid(problemText(e));
    }
    return false;
  };
  return (
    <section class="task-links" aria-labelledby="links-title" data-testid="task-links">
      <h2 id="links-title">{tr('workTasks.links.title')}</h2>
      {task.links.length === 0 ? (
        <p class="hint">{tr('workTasks.links.none')}</p>
      ) : (
        <ul>
          {task.links.map((l) => (
            <li key={`${l.kind}#${l.id}`}>
              <a href={linkHref(commune, l.kind, l.id)} onClick={linkClick}>
                {linkKindLabel(l.kind)} {l.id}
              </a>{' '}
              {canEdit && (
                <button
                  type="button"
                  class="button secondary small"
                  onClick={() =>
                    save(
                      task.links.filter((x) => x !== l),
                      tr('workTasks.links.removed', { id: l.id }),
                    )
                  }
                >
                  {tr('workTasks.links.remove')}
                  <span class="visually-hidden"> {l.id}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            const v = id.trim();
            if (!v) return setSaid(tr('workTasks.links.idFirst'));
            if (await save([...task.links, { kind, id: v }], tr('workTasks.links.added', { id: v }))) setId('');
          }}
        >
          <div class="field">
            <label for="link-kind">{tr('workTasks.links.kind')}</label>
            <select id="link-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as Kind)}>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {linkKindLabel(k)}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="link-id">{tr('workTasks.links.id')}</label>
            <input id="link-id" type="text" maxLength={80} value={id} onInput={(e) => setId(e.currentTarget.value)} />
          </div>
          <button type="submit" class="button secondary">
            {tr('workTasks.links.add')}
          </button>
        </form>
      )}
      <p role="status" aria-live="polite">
        {said}
      </p>
    </section>
  );
}
