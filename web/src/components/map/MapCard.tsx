/**
 * An item's card, in a modal dialog (focus moves in, Escape closes, focus goes back where it was): kind,
 * title, dates and hours in words, streets, description, who runs the works and their phase, what causes a
 * detour, and the link to the tracking page when the item has one. Several items under one click are shown
 * one after the other.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { MapFeature } from '@tandem/shared/map/map-items';
import { tr } from '../../lib/locale';
import KindSymbol from './KindSymbol';
import { kindLabel, periodText, phaseLabel } from './map-format';

interface Props {
  items: MapFeature[] | undefined;
  /** Every loaded item (to name the cause of a detour). */
  known: ReadonlyMap<string, MapFeature>;
  /** In an embed: links open a new tab rather than inside the frame. */
  embed?: boolean;
  onClose(): void;
  onOpen(items: MapFeature[]): void;
  /** Present when the map is there: moves it onto the item. */
  onShowOnMap?: (f: MapFeature) => void;
}

function ItemFacts({
  f,
  known,
  embed,
  onOpen,
  onShowOnMap,
  heading,
}: Omit<Props, 'items' | 'onClose'> & { f: MapFeature; heading: 'h2' | 'h3' }) {
  const p = f.properties;
  const H = heading;
  const cause = p.causedBy ? known.get(p.causedBy) : undefined;
  const target = embed ? { target: '_blank', rel: 'noopener' } : {};
  return (
    <article class="map-card-item" data-id={f.id} data-kind={p.kind}>
      <p class="kind-tag">
        <KindSymbol kind={p.kind} /> <span data-testid="map-card-kind">{kindLabel(p.kind)}</span>
      </p>
      <H id={heading === 'h2' ? 'map-card-title' : undefined} tabIndex={heading === 'h2' ? -1 : undefined} class="map-card-title">
        {p.title}
      </H>
      <dl class="facts">
        <dt>{tr('map.card.when')}</dt>
        <dd data-testid="map-card-when">{periodText(p)}</dd>
        {p.streets.length > 0 && (
          <>
            <dt>{tr('map.card.streets')}</dt>
            <dd>{p.streets.join(', ')}</dd>
          </>
        )}
        {p.managingParty && (
          <>
            <dt>{tr('map.card.managingParty')}</dt>
            <dd>{p.managingParty}</dd>
          </>
        )}
        {p.phase && (
          <>
            <dt>{tr('map.card.phase')}</dt>
            <dd>{phaseLabel(p.phase)}</dd>
          </>
        )}
        {cause && (
          <>
            <dt>{tr('map.card.causedBy')}</dt>
            <dd>
              <button type="button" class="link-button" onClick={() => onOpen([cause])}>
                {kindLabel(cause.properties.kind)} — {cause.properties.title}
              </button>
            </dd>
          </>
        )}
      </dl>
      {p.description && <p class="map-card-description">{p.description}</p>}
      <div class="button-row">
        {p.source.url && (
          <a class="button small" href={p.source.url} data-testid="map-card-track" {...target}>
            {tr('map.card.track')}
            <span class="visually-hidden"> : {p.title}</span>
          </a>
        )}
        {onShowOnMap && (
          <button type="button" class="button secondary small" onClick={() => onShowOnMap(f)}>
            {tr('map.card.showOnMap')}
            <span class="visually-hidden"> : {p.title}</span>
          </button>
        )}
      </div>
    </article>
  );
}

export default function MapCard({ items, onClose, ...rest }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (items && !d.open) d.showModal();
    else if (!items && d.open) d.close();
    if (items) {
      d.scrollTop = 0;
      // Start reading at the title (the close button is at the end; Escape closes too).
      d.querySelector<HTMLElement>('#map-card-title')?.focus();
    }
  }, [items]);
  const several = items && items.length > 1;
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: a click on the backdrop closes the card; keyboards close it with Escape or its close button (native <dialog>)
    <dialog
      ref={dialog}
      class="map-card"
      data-testid="map-card"
      aria-labelledby="map-card-title"
      onClose={onClose}
      onClick={(e) => e.target === dialog.current && dialog.current?.close()}
    >
      {items && (
        <div class="map-card-body">
          {several && (
            <h2 id="map-card-title" tabIndex={-1}>
              {tr('map.card.several', { n: items.length })}
            </h2>
          )}
          {items.map((f) => (
            <ItemFacts key={f.id} f={f} heading={several ? 'h3' : 'h2'} {...rest} />
          ))}
          <form method="dialog" class="map-card-close">
            <button type="submit" class="button secondary" data-testid="map-card-close">
              {tr('map.card.close')}
            </button>
          </form>
        </div>
      )}
    </dialog>
  );
}
