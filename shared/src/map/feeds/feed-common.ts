/** What the three feed serialisers share: clean text, a stable order, and absolute links back to the site. */
import type { MapFeature } from '../map-items.js';
import { stripControlCharacters } from '../../plain-text.js';

/**
 * A feature's text values without control characters: input refuses them, but items stored before that rule
 * may hold some, and no feed should carry them (iCalendar forbids them, Waze's reader is not ours to test).
 */
export function cleanText(f: MapFeature): MapFeature {
  const p = f.properties;
  return {
    ...f,
    properties: {
      ...p,
      title: stripControlCharacters(p.title),
      description: stripControlCharacters(p.description),
      streets: p.streets.map(stripControlCharacters),
      ...(p.managingParty !== undefined ? { managingParty: stripControlCharacters(p.managingParty) } : {}),
      ...(p.updates ? { updates: p.updates.map((u) => ({ at: u.at, text: stripControlCharacters(u.text) })) } : {}),
    },
  };
}

/**
 * Items by first day, then id, their text cleaned: the feeds come out byte for byte the same whatever order the
 * store read them in, so their ETags only change when the data does.
 */
export function feedOrder(features: readonly MapFeature[]): MapFeature[] {
  return features
    .map(cleanText)
    .sort((a, b) =>
      a.properties.start < b.properties.start ? -1 : a.properties.start > b.properties.start ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
    );
}

/** `baseUrl` (the site's origin, e.g. https://tandem.example) joined with a site path. */
export function absoluteUrl(baseUrl: string, path: string): string {
  if (/^https?:\/\//i.test(path)) return path;
  return `${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** Where an item points: its own public page (a works site's), its source's (a permit's tracking page…), else the commune's map. */
export function itemUrl(f: MapFeature, baseUrl: string, commune: string): string {
  return absoluteUrl(baseUrl, f.properties.url ?? f.properties.source.url ?? `/${commune}/carte/`);
}

/** ISO weekday (1 = Monday … 7 = Sunday) → lowercase English name (CIFS) and RFC 5545 BYDAY code. */
export const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
