/**
 * Drawing the place on the map: a point, a line (a parade's route, a length of street) or an area.
 * The map loads only when asked for. Every action has a button (keyboard users move the map with the arrow
 * keys and add the point under the cross-hair at the centre); a live status says what is drawn.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { Position } from '@tandem/shared/permits/permit-details';
import { tr } from '../../lib/locale';
import { communeMapOptions, useLazyMap } from '../../lib/use-lazy-map';
import { FieldError, describedBy, type FieldErrors } from '../report/form-errors';
import type { Shape } from './request-draft';

interface Props {
  commune: PublicCommuneConfig;
  shape: Shape;
  points: Position[];
  errors: FieldErrors;
  /** Shapes offered, first = default. */
  shapes: readonly Shape[];
  onChange(shape: Shape, points: Position[]): void;
}

const round = (p: Position): Position => [Math.round(p[0] * 1e6) / 1e6, Math.round(p[1] * 1e6) / 1e6];

export function drawnText(shape: Shape, points: Position[]): string {
  if (!points.length) return tr('permit.map.none');
  if (shape === 'Point') return tr('permit.map.drawn.point');
  if (shape === 'LineString')
    return points.length < 2 ? tr('permit.map.drawn.lineShort') : tr('permit.map.drawn.line', { n: points.length });
  return points.length < 3 ? tr('permit.map.drawn.areaShort', { n: points.length }) : tr('permit.map.drawn.area', { n: points.length });
}

export default function GeometryField({ commune, shape, points, errors, shapes, onChange }: Props) {
  const [open, setOpen] = useState(points.length > 0);
  const latest = useRef({ shape, points, onChange });
  latest.current = { shape, points, onChange };

  const add = (p: Position) => {
    const { shape: s, points: pts, onChange: change } = latest.current;
    change(s, s === 'Point' ? [round(p)] : [...pts, round(p)]);
  };

  const { box, view, state } = useLazyMap(
    () => import('./draw-map'),
    ({ createDrawMap }, container) =>
      createDrawMap({
        container,
        ...communeMapOptions(commune, tr('permit.map.label')),
        shape: latest.current.shape,
        points: latest.current.points,
        onPick: add,
      }),
    open,
  );

  useEffect(() => view.current?.draw(shape, points), [shape, points, state]);

  const hasError = Boolean(errors['pf-geometry']);
  return (
    <fieldset class="geometry-field" aria-describedby={describedBy('pf-geometry', errors, 'pf-geometry-hint')}>
      <legend>{tr('permit.map.legend')}</legend>
      <span class="hint" id="pf-geometry-hint">
        {tr('permit.map.help')}
      </span>
      <FieldError id="pf-geometry" errors={errors} />
      {shapes.length > 1 && (
        <fieldset class="inline-fieldset">
          <legend>{tr('permit.map.shape')}</legend>
          <div class="choices">
            {shapes.map((s) => (
              <label class="choice" key={s}>
                <input
                  type="radio"
                  name="pf-shape"
                  value={s}
                  checked={shape === s}
                  onChange={() => onChange(s, s === 'Point' ? points.slice(-1) : points)}
                />
                {tr(s === 'Point' ? 'permit.map.shape.point' : s === 'LineString' ? 'permit.map.shape.line' : 'permit.map.shape.area')}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <div id="pf-geometry" tabindex={-1} class={hasError ? 'geometry-area has-error' : 'geometry-area'}>
        {!open && (
          <button type="button" class="button secondary" data-testid="permit-map-open" onClick={() => setOpen(true)}>
            {tr('report.map.open')}
          </button>
        )}
        {open && state === 'failed' && (
          <p class="notice error" role="alert">
            {tr('report.map.failed')}
          </p>
        )}
        {open && state !== 'failed' && (
          <div class="map-wrap">
            <div ref={box} class="map-box" data-testid="permit-map" aria-busy={state !== 'ready'} aria-describedby="pf-geometry-hint" />
            <span class="map-crosshair" aria-hidden="true" />
          </div>
        )}
        {open && state === 'loading' && (
          <p class="status" role="status">
            {tr('common.loading')}
          </p>
        )}
        {state === 'ready' && (
          <div class="button-row">
            <button
              type="button"
              class="button secondary small"
              data-testid="permit-map-add"
              onClick={() => view.current && add(view.current.center())}
            >
              {tr(shape === 'Point' ? 'permit.map.addCentre.point' : 'permit.map.addCentre')}
            </button>
            <button
              type="button"
              class="button secondary small"
              disabled={!points.length}
              onClick={() => onChange(shape, points.slice(0, -1))}
            >
              {tr('permit.map.undo')}
            </button>
            <button type="button" class="button danger small" disabled={!points.length} onClick={() => onChange(shape, [])}>
              {tr('permit.map.clear')}
            </button>
          </div>
        )}
        <p class="status place-status" role="status" aria-live="polite" data-testid="permit-map-status">
          {drawnText(shape, points)}
        </p>
      </div>
    </fieldset>
  );
}
