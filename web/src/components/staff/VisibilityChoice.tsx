/** Whether an update is told to the citizen (public) or stays an internal note (private). */
import { tr } from '../../lib/locale';

export type Visibility = 'public' | 'private';

export default function VisibilityChoice({
  name,
  value,
  publicLabel,
  onChange,
}: {
  name: string;
  value: Visibility;
  publicLabel: string;
  onChange(v: Visibility): void;
}) {
  return (
    <fieldset class="field">
      <legend class="label">{tr('staff.update.kind')}</legend>
      <div class="choices">
        {(['private', 'public'] as const).map((v) => (
          <label class="choice" key={v}>
            <input type="radio" name={name} value={v} checked={value === v} onChange={() => onChange(v)} />
            {v === 'private' ? tr('staff.private') : publicLabel}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
