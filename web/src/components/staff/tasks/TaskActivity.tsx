/** The task's activity, newest first: comments (with their mentions and files) and changes (field: before → after). */
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { formatDate, tr } from '../../../lib/locale';
import { departmentName } from '../../Timeline';
import type { ActivityView, PersonView } from './task-api';
import { FileLinks } from './TaskFiles';
import { dueText, personName, priorityLabel, statusLabel, trOr } from './task-format';

/** A changed field's value in words (statuses, priorities, departments, people); as stored otherwise. */
function valueText(commune: PublicCommuneConfig, people: PersonView[] | undefined, field: string, v: string | undefined): string {
  if (v === undefined || v === '') return '—';
  if (field === 'status') return statusLabel(v);
  if (field === 'priority') return priorityLabel(v);
  if (field === 'department') return departmentName(commune, v);
  if (field === 'dueAt') return dueText(v);
  if (field === 'assignees')
    return v
      .split(',')
      .map((p) => personName(people, p.trim()))
      .join(', ');
  return v;
}

const mentionName = (commune: PublicCommuneConfig, people: PersonView[] | undefined, who: string) =>
  who.startsWith('dept:') ? departmentName(commune, who.slice(5)) : personName(people, who);

export default function TaskActivity({
  commune,
  activity,
  people,
}: {
  commune: PublicCommuneConfig;
  activity: ActivityView[];
  people: PersonView[] | undefined;
}) {
  const items = [...activity].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <section class="task-activity" aria-labelledby="activity-title" data-testid="task-activity">
      <h2 id="activity-title">{tr('workTasks.activity.title')}</h2>
      {items.length === 0 ? (
        <p class="hint">{tr('workTasks.activity.none')}</p>
      ) : (
        <ol>
          {items.map((a, i) => (
            <li key={`${a.at}#${i}`} class={`activity-${a.kind}`}>
              <p class="activity-head">
                <strong>{personName(people, a.actor)}</strong> · {trOr(`workTasks.activity.${a.kind}`, a.kind)} ·{' '}
                <span class="hint">{formatDate(a.at)}</span>
              </p>
              {a.text && <p class="activity-text">{a.text}</p>}
              {a.changes && a.changes.length > 0 && (
                <ul class="activity-changes">
                  {a.changes.map((c) => (
                    <li key={c.field}>
                      {trOr(`workTasks.field.${c.field}`, c.field)}
                      {/* A change without values (the description) is named only. */}
                      {(c.from !== undefined || c.to !== undefined) &&
                        ` : ${valueText(commune, people, c.field, c.from)} → ${valueText(commune, people, c.field, c.to)}`}
                    </li>
                  ))}
                </ul>
              )}
              {a.mentions && a.mentions.length > 0 && (
                <p class="hint">
                  {tr('workTasks.activity.mentions', { who: a.mentions.map((m) => mentionName(commune, people, m)).join(', ') })}
                </p>
              )}
              {a.files && a.files.length > 0 && <FileLinks files={a.files} />}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
