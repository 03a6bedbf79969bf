/** Where: the place's name or address (its text alternative) and its drawing on the map; for occupations, the length. */
import { tr } from '../../../lib/locale';
import { TextField } from '../fields';
import GeometryField from '../GeometryField';
import LiveFacts from '../LiveFacts';
import type { Shape } from '../request-draft';
import type { StepProps } from './step-props';

const EVENT_SHAPES: readonly Shape[] = ['Polygon', 'LineString', 'Point'];
const OCCUPATION_SHAPES: readonly Shape[] = ['Point', 'LineString', 'Polygon'];

export default function WhereStep(props: StepProps) {
  const { commune, cfg, draft, errors, set, today } = props;
  return (
    <>
      <TextField
        id="pf-place-label"
        label={tr('permit.f.placeLabel')}
        hint={tr(draft.kind === 'event' ? 'permit.f.placeLabel.eventHint' : 'permit.f.placeLabel.hint')}
        required
        errors={errors}
        value={draft.placeLabel}
        maxLength={200}
        onValue={(v) => set({ placeLabel: v }, 'pf-place-label')}
      />
      <GeometryField
        commune={commune}
        shape={draft.shape}
        points={draft.points}
        shapes={draft.kind === 'event' ? EVENT_SHAPES : OCCUPATION_SHAPES}
        errors={errors}
        onChange={(shape, points) => set({ shape, points }, 'pf-geometry')}
      />
      {draft.kind === 'occupation' && (
        <>
          <TextField
            id="pf-length"
            inputMode="decimal"
            maxLength={6}
            label={tr('permit.f.length')}
            hint={tr('permit.f.length.hint')}
            required
            errors={errors}
            value={draft.lengthMetres}
            onValue={(v) => set({ lengthMetres: v }, 'pf-length')}
          />
          <LiveFacts cfg={cfg} draft={draft} today={today} show={{ fee: true }} />
        </>
      )}
    </>
  );
}
