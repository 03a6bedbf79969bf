/** A project's activity, newest first: who, when, what (the fields changed with their old and new values, a comment). */
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { ActivityView } from '@tandem/shared/schemas/work';
import { formatInstantInWords } from '@tandem/shared/brussels-time';
import { locale, tr, type MessageKey } from '../../../lib/locale';
import { dayText, departmentsText, healthLabel, kindLabel, statusLabel } from './project-format';
import { pstTitle } from './ProjectFields';
import { personName } from '../tasks/task-format';
import { usePeople } from '../tasks/use-people';
import type { PersonView } from '../tasks/task-api';

const KINDS = ['created', 'changed', 'status', 'comment', 'published', 'progress'];
const FIELDS: Record<string, MessageKey> = {
  title: 'projects.field.title',
  description: 'projects.field.description',
  departments: 'projects.field.departments',
  lead: 'projects.field.lead',
  start: 'projects.field.start',
  end: 'projects.field.end',
  status: 'projects.field.status',
  health: 'projects.field.health',
  budgetLine: 'projects.field.budgetLine',
  place: 'projects.field.place',
  pstObjective: 'projects.field.pstObjective',
};

/** A stored value as people read it: a status, a health, a department's or the lead's name, a PST objective's title, a day. */
function valueText(commune: PublicCommuneConfig, people: PersonView[] | undefined, field: string, v: string | undefined): string {
  if (v === undefined || v === '') return tr('projects.field.empty');
  if (field === 'status') return statusLabel(v as never);
  if (field === 'health') return healthLabel(v as never);
  if (field === 'kind') return kindLabel(v as never);
  if (field === 'departments') return departmentsText(commune, v.split(', '));
  if (field === 'pstObjective') return pstTitle(commune, v);
  if (field === 'lead') return personName(people, v);
  if (field === 'start' || field === 'end') return dayText(v);
  return v;
}

export default function ProjectActivity({ commune, activity }: { commune: PublicCommuneConfig; activity: ActivityView[] }) {
  const people = usePeople(commune.id);
  if (!activity.length) return <p>{tr('projects.detail.activity.none')}</p>;
  return (
    <ol class="project-activity" data-testid="project-activity">
      {[...activity].reverse().map((a) => (
        <li key={`${a.at}${a.kind}`}>
          <p>
            <strong>{tr(`projects.activity.${KINDS.includes(a.kind) ? a.kind : 'other'}` as MessageKey)}</strong> — {a.actor},{' '}
            <time dateTime={a.at}>{formatInstantInWords(a.at, locale.value)}</time>
          </p>
          {a.text && <p class="pre-line">{a.text}</p>}
          {a.changes && a.changes.length > 0 && (
            <ul>
              {a.changes.map((c) => (
                <li key={c.field}>
                  {tr('projects.activity.change', {
                    field: FIELDS[c.field] ? tr(FIELDS[c.field]) : c.field,
                    from: valueText(commune, people, c.field, c.from),
                    to: valueText(commune, people, c.field, c.to),
                  })}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
