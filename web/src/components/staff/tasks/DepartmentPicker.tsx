/** A select of the commune's departments (board, list filters, new task); `allLabel` adds « tous » first. */
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { lt } from '../../../lib/locale';

export default function DepartmentPicker({
  commune,
  id,
  label,
  value,
  allLabel,
  onValue,
}: {
  commune: PublicCommuneConfig;
  id: string;
  label: string;
  value: string;
  allLabel?: string;
  onValue(code: string): void;
}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onValue(e.currentTarget.value)}>
        {allLabel !== undefined && <option value="">{allLabel}</option>}
        {commune.departments.map((d) => (
          <option key={d.code} value={d.code}>
            {lt(d.name)}
          </option>
        ))}
      </select>
    </div>
  );
}
