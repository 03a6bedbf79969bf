/**
 * Step 1: where. The address field is a full alternative to the map (keyboard and screen-reader users, and the page
 * without a script: its buttons are the script's, and the field a plain one until the island is live).
 */
import { useState } from 'preact/hooks';
import type { LatLng } from '@tandem/shared/geo';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { tr } from '../../lib/locale';
import { FieldError, describedBy, type FieldErrors } from './form-errors';
import MapPanel from './MapPanel';
import type { NearbyPoint } from './map-view';
import AddressCombobox from './AddressCombobox';
import type { AddressMatchView } from '@tandem/shared/addresses/address-register';

interface Props {
  commune: PublicCommuneConfig;
  /** false: the page's HTML (a plain address field), true: the island (the register's suggestions). */
  live: boolean;
  location: LatLng | undefined;
  address: string;
  nearby: NearbyPoint[];
  errors: FieldErrors;
  /** The nearest address the pin filled in, in words (announced with the pin). */
  placeNote: string;
  onLocation(p: LatLng | undefined): void;
  onAddress(a: string): void;
  /** An address picked among the register's suggestions: the pin moves there. */
  onLocate(m: AddressMatchView): void;
}

export default function PlaceFieldset({
  commune,
  live,
  location,
  address,
  nearby,
  errors,
  placeNote,
  onLocation,
  onAddress,
  onLocate,
}: Props) {
  const [mapOpen, setMapOpen] = useState(false);
  const [geoStatus, setGeoStatus] = useState('');
  const [focusMap, setFocusMap] = useState(false);

  const geolocate = () => {
    setMapOpen(true);
    if (!('geolocation' in navigator)) {
      setGeoStatus(tr('report.geolocate.failed'));
      return;
    }
    setGeoStatus(tr('report.geolocate.searching'));
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        onLocation({ lat: pos.coords.latitude, lng: pos.coords.longitude });
        setGeoStatus(tr('report.geolocate.found'));
      },
      () => setGeoStatus(tr('report.geolocate.failed')),
      { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 },
    );
  };

  return (
    <fieldset id="place">
      <legend>{tr('report.step.place')}</legend>
      {/* Ids: a click before the island is live is made again once it is (directives/interaction.ts). */}
      <div class="button-row js-only">
        {!mapOpen && (
          <button
            type="button"
            id="report-open-map"
            class="button secondary"
            aria-controls="map-area"
            onClick={() => {
              setMapOpen(true);
              setFocusMap(true);
            }}
          >
            {tr('report.map.open')}
          </button>
        )}
        <button type="button" id="report-geolocate" class="button secondary" onClick={geolocate}>
          {tr('report.geolocate')}
        </button>
      </div>
      <p class="status" role="status" aria-live="polite">
        {geoStatus}
      </p>
      <div id="map-area">
        {mapOpen && <MapPanel commune={commune} pin={location} nearby={nearby} onPick={onLocation} focusOnOpen={focusMap} />}
      </div>
      <div class="status place-status" aria-live="polite" data-testid="place-status">
        {location && (
          <>
            {tr('report.map.placed')} {placeNote && <span data-testid="place-note">{placeNote}</span>}{' '}
            <button
              type="button"
              class="button secondary small"
              onClick={() => {
                onLocation(undefined);
                // The button disappears with the pin: keep the keyboard user in the same place.
                requestAnimationFrame(() =>
                  (document.querySelector<HTMLElement>('#map-area .map-box canvas') ?? document.getElementById('f-address'))?.focus(),
                );
              }}
            >
              {tr('report.map.remove')}
            </button>
          </>
        )}
      </div>
      <div class="field">
        <label for="f-address">{tr('report.address')}</label>
        <span class="hint" id="f-address-hint">
          {tr('report.address.help')}
        </span>
        <FieldError id="f-address" errors={errors} />
        <AddressCombobox
          commune={commune.id}
          live={live}
          value={address}
          invalid={Boolean(errors['f-address'])}
          describedBy={describedBy('f-address', errors, 'f-address-hint')}
          onInput={onAddress}
          onPick={onLocate}
        />
      </div>
    </fieldset>
  );
}
