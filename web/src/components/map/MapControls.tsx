/**
 * What the map and the list show: when (today, tomorrow, this week, a given day), which kinds (the legend:
 * each checkbox carries the kind's symbol as drawn on the map), and words to search in titles and streets.
 */
import type { MapItemKind } from '@tandem/shared/map/map-items';
import { tr, type MessageKey } from '../../lib/locale';
import KindSymbol from './KindSymbol';
import { kindsLabel } from './map-format';
import { KINDS } from './map-kinds';
import { WHEN_CHOICES, type WhenChoice } from './map-dates';

const WHEN_LABEL: Record<WhenChoice, MessageKey> = {
  today: 'map.when.today',
  tomorrow: 'map.when.tomorrow',
  week: 'map.when.week',
  day: 'map.when.day',
};

interface WhenProps {
  choice: WhenChoice;
  day: string;
  dayInvalid: boolean;
  onChoice(c: WhenChoice): void;
  onDay(d: string): void;
}

export function WhenControl({ choice, day, dayInvalid, onChoice, onDay }: WhenProps) {
  return (
    <fieldset class="map-when">
      <legend>{tr('map.when.legend')}</legend>
      <div class="choices">
        {WHEN_CHOICES.map((c) => (
          <label class="choice" key={c}>
            <input
              type="radio"
              name="map-when"
              value={c}
              checked={choice === c}
              data-testid={`map-date-${c}`}
              aria-describedby={c === 'week' ? 'map-week-hint' : undefined}
              onChange={() => onChoice(c)}
            />
            <span>{tr(WHEN_LABEL[c])}</span>
          </label>
        ))}
      </div>
      <p class="hint" id="map-week-hint">
        {tr('map.when.week.hint')}
      </p>
      <div class="field map-day-field">
        <label for="map-day">{tr('map.when.dayInput')}</label>
        {dayInvalid && (
          <span class="field-error" id="map-day-error">
            {tr('map.when.dayInvalid')}
          </span>
        )}
        <input
          type="date"
          id="map-day"
          value={day}
          data-testid="map-date-input"
          aria-invalid={dayInvalid ? 'true' : undefined}
          aria-describedby={dayInvalid ? 'map-day-error' : undefined}
          onChange={(e) => onDay((e.target as HTMLInputElement).value)}
        />
      </div>
    </fieldset>
  );
}

interface KindsProps {
  shown: ReadonlySet<MapItemKind>;
  counts: Partial<Record<MapItemKind, number>>;
  onToggle(k: MapItemKind, on: boolean): void;
}

/** The legend and the kind filter at once. */
export function KindsControl({ shown, counts, onToggle }: KindsProps) {
  return (
    <fieldset class="map-kinds" aria-describedby="map-kinds-hint">
      <legend>{tr('map.kinds.legend')}</legend>
      <p class="hint" id="map-kinds-hint">
        {tr('map.kinds.hint')}
      </p>
      <ul class="kind-choices">
        {KINDS.map((k) => (
          <li key={k}>
            <label class="choice">
              <input
                type="checkbox"
                checked={shown.has(k)}
                data-testid={`map-kind-${k}`}
                onChange={(e) => onToggle(k, (e.target as HTMLInputElement).checked)}
              />
              <KindSymbol kind={k} line={k !== 'report'} />
              <span>
                {kindsLabel(k)} <span class="kind-count">({counts[k] ?? 0})</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

export function SearchField({ value, onInput }: { value: string; onInput(v: string): void }) {
  return (
    <div class="field map-search">
      <label for="map-search">{tr('map.list.search')}</label>
      <span class="hint" id="map-search-hint">
        {tr('map.list.search.hint')}
      </span>
      <input
        type="search"
        id="map-search"
        value={value}
        autocomplete="off"
        aria-describedby="map-search-hint"
        data-testid="map-search"
        onInput={(e) => onInput((e.target as HTMLInputElement).value)}
      />
    </div>
  );
}
