/**
 * Choosing a staff member: a list of the commune's people by name when GET staff/people answers, else a text field
 * for their id (sub). `keep` adds a first « inchangé » choice (bulk actions); `nobody` the choice to clear it.
 */
import { tr } from '../../../lib/locale';
import type { Person } from './use-people';

export const KEEP = '';
export const NOBODY = '-';

export default function AssigneeField({
  id,
  label,
  people,
  value,
  onValue,
  keep = false,
}: {
  id: string;
  label: string;
  people: Person[] | undefined;
  value: string;
  onValue(v: string): void;
  keep?: boolean;
}) {
  if (!people) {
    return (
      <div class="field">
        <label for={id}>{label}</label>
        <input
          id={id}
          type="text"
          value={value === NOBODY ? '' : value}
          onInput={(e) => onValue(e.currentTarget.value.trim())}
          aria-describedby={`${id}-hint`}
        />
        <p class="hint" id={`${id}-hint`}>
          {tr('backoffice.assignee.sub')}
        </p>
      </div>
    );
  }
  const known = !value || value === NOBODY || people.some((p) => p.id === value);
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onValue(e.currentTarget.value)}>
        {keep && <option value={KEEP}>{tr('backoffice.bulk.keep')}</option>}
        <option value={NOBODY}>{tr('backoffice.nobody')}</option>
        {!known && <option value={value}>{value}</option>}
        {people.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
    </div>
  );
}
