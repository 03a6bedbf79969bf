/**
 * Choosing who does the task: the colleagues (GET people) as checkboxes, those of the task's department first,
 * narrowed by a name typed above them (the list stays short for a big administration). With `single` (a project's
 * lead): radio buttons, « nobody » first, and `value` holds one id at most.
 */
import { useState } from 'preact/hooks';
import { tr } from '../../../lib/locale';
import type { PersonView } from './task-api';

export default function PeoplePicker({
  id,
  people,
  department,
  value,
  onValue,
  legend = tr('workTasks.f.assignees'),
  single,
}: {
  id: string;
  people: PersonView[] | undefined;
  department: string;
  value: string[];
  onValue(ids: string[]): void;
  legend?: string;
  /** One person or nobody: the label of « nobody ». */
  single?: { none: string };
}) {
  const [q, setQ] = useState('');
  const words = q.trim().toLowerCase();
  const shown = (people ?? [])
    .filter((p) => value.includes(p.id) || !words || p.name.toLowerCase().includes(words))
    .sort((a, b) => Number(b.departments.includes(department)) - Number(a.departments.includes(department)) || a.name.localeCompare(b.name))
    .slice(0, 30);
  return (
    <fieldset class="people-picker" id={id}>
      <legend>{legend}</legend>
      <div class="field">
        <label for={`${id}-search`}>{tr('workTasks.people.search')}</label>
        <input id={`${id}-search`} type="search" value={q} onInput={(e) => setQ(e.currentTarget.value)} />
      </div>
      {!people ? (
        <p role="status">{tr('common.loading')}</p>
      ) : shown.length === 0 ? (
        <p class="hint">{tr('workTasks.people.none')}</p>
      ) : (
        <ul class="choices">
          {single && (
            <li>
              <label class="choice">
                <input type="radio" name={`${id}-choice`} checked={value.length === 0} onChange={() => onValue([])} />
                {single.none}
              </label>
            </li>
          )}
          {shown.map((p) => (
            <li key={p.id}>
              <label class="choice">
                <input
                  type={single ? 'radio' : 'checkbox'}
                  name={single ? `${id}-choice` : undefined}
                  checked={value.includes(p.id)}
                  onChange={(e) => onValue(single ? [p.id] : e.currentTarget.checked ? [...value, p.id] : value.filter((v) => v !== p.id))}
                />
                {p.name}
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
