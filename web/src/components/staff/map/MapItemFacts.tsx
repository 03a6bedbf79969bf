/** An item shown as facts (kind, period, streets, description, works' party and phase, a detour's cause), and its place on a map on request. */
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { formatDate, tr } from '../../../lib/locale';
import PlaceMap from '../../permits/PlaceMap';
import { itemPeriodText, mapKindLabel, phaseLabel, type StaffMapItem } from './map-item-format';

export default function MapItemFacts({ commune, item, all }: { commune: PublicCommuneConfig; item: StaffMapItem; all: StaffMapItem[] }) {
  const p = item.properties;
  const cause = p.causedBy ? all.find((i) => i.id === p.causedBy) : undefined;
  return (
    <section aria-labelledby="mi-facts-title" data-testid="mi-facts">
      <h2 id="mi-facts-title">{tr('mapStaff.facts')}</h2>
      <dl class="facts">
        <dt>{tr('mapStaff.col.kind')}</dt>
        <dd>{mapKindLabel(p.kind)}</dd>
        <dt>{tr('mapStaff.col.period')}</dt>
        <dd>{itemPeriodText(p)}</dd>
        <dt>{tr('mapStaff.col.streets')}</dt>
        <dd>{p.streets.length ? p.streets.join(', ') : tr('mapStaff.noStreets')}</dd>
        {p.description && (
          <>
            <dt>{tr('mapStaff.fact.description')}</dt>
            <dd class="pre-line">{p.description}</dd>
          </>
        )}
        {p.managingParty && (
          <>
            <dt>{tr('mapStaff.fact.managingParty')}</dt>
            <dd>{p.managingParty}</dd>
          </>
        )}
        {p.phase && (
          <>
            <dt>{tr('mapStaff.fact.phase')}</dt>
            <dd>{phaseLabel(p.phase)}</dd>
          </>
        )}
        {p.causedBy && (
          <>
            <dt>{tr('mapStaff.fact.causedBy')}</dt>
            <dd>{cause ? cause.properties.title : p.causedBy}</dd>
          </>
        )}
        <dt>{tr('mapStaff.fact.updated')}</dt>
        <dd>
          <time dateTime={p.updatedAt}>{formatDate(p.updatedAt)}</time>
        </dd>
      </dl>
      <PlaceMap commune={commune} geometry={item.geometry} label={p.title} />
    </section>
  );
}
