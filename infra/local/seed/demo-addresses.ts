/**
 * The demo address registers of `npm start` (docs/addresses.md): real street names of the two communes' centres
 * (public facts), with numbered points written for the demo — placed along a line drawn by hand on each street, odd
 * numbers on one side and even on the other. Illustrative only: the positions are plausible, not surveyed; a
 * commune imports its own BeST export instead.
 */
import { csvFile } from '@tandem/shared/csv';

export interface DemoStreet {
  name: string;
  postcode: string;
  /** Where number 1 is, and where the last number is ([lat, lng]). */
  from: [number, number];
  to: [number, number];
  /** How many numbered points on each side. */
  perSide: number;
}

export const DEMO_ADDRESS_STREETS: Record<string, DemoStreet[]> = {
  soignies: [
    { name: 'Grand-Place', postcode: '7060', from: [50.5791, 4.0709], to: [50.5798, 4.0724], perSide: 8 },
    { name: 'Rue de la Station', postcode: '7060', from: [50.5772, 4.0702], to: [50.5733, 4.0668], perSide: 20 },
    { name: 'Rue de Mons', postcode: '7060', from: [50.5806, 4.0683], to: [50.5842, 4.0618], perSide: 20 },
    { name: 'Rue Neuve', postcode: '7060', from: [50.5785, 4.0731], to: [50.5769, 4.0768], perSide: 12 },
    { name: 'Rue du Lombard', postcode: '7060', from: [50.5799, 4.0716], to: [50.5812, 4.0735], perSide: 10 },
    { name: 'Rue de la Régence', postcode: '7060', from: [50.5788, 4.0701], to: [50.5776, 4.0679], perSide: 10 },
  ],
  'braine-le-comte': [
    { name: 'Grand-Place', postcode: '7090', from: [50.6083, 4.1363], to: [50.6091, 4.1378], perSide: 8 },
    { name: 'Rue de la Station', postcode: '7090', from: [50.6078, 4.1375], to: [50.6043, 4.1398], perSide: 18 },
    { name: 'Rue Edouard Etienne', postcode: '7090', from: [50.6094, 4.1358], to: [50.6128, 4.133], perSide: 14 },
    { name: 'Rue des Dominicains', postcode: '7090', from: [50.6082, 4.1385], to: [50.6062, 4.144], perSide: 14 },
    { name: 'Rue de Mons', postcode: '7090', from: [50.6084, 4.1358], to: [50.606, 4.132], perSide: 12 },
  ],
};

/** About 6 m in degrees of latitude: the two sides of a street. */
const SIDE = 0.00006;

/** The numbered points of a demo street: 1, 3, 5… on the left of the line from `from` to `to`, 2, 4, 6… on its right. */
export function demoStreetPoints(s: DemoStreet): { number: string; lat: number; lng: number }[] {
  const [la0, ln0] = s.from,
    [la1, ln1] = s.to;
  // The unit normal of the line, in degrees corrected for longitude's shorter metre.
  const k = Math.cos((la0 * Math.PI) / 180);
  const dy = la1 - la0,
    dx = (ln1 - ln0) * k;
  const len = Math.hypot(dx, dy) || 1;
  const nLat = -dx / len,
    nLng = dy / len / k;
  const out: { number: string; lat: number; lng: number }[] = [];
  for (let i = 0; i < s.perSide; i++) {
    const t = s.perSide === 1 ? 0.5 : i / (s.perSide - 1);
    const lat = la0 + t * (la1 - la0),
      lng = ln0 + t * (ln1 - ln0);
    const at = (side: number) => ({
      lat: Math.round((lat + side * SIDE * nLat) * 1e6) / 1e6,
      lng: Math.round((lng + side * SIDE * nLng) * 1e6) / 1e6,
    });
    out.push({ number: String(2 * i + 1), ...at(1) }, { number: String(2 * i + 2), ...at(-1) });
  }
  return out;
}

/** A commune's demo register as the simple CSV subset an admin would import (written by the platform's CSV writer). */
export function demoAddressCsv(commune: string, municipality: string): string | undefined {
  const streets = DEMO_ADDRESS_STREETS[commune];
  if (!streets?.length) return undefined;
  const rows = streets.flatMap((s) => demoStreetPoints(s).map((p) => [s.name, p.number, s.postcode, municipality, p.lat, p.lng]));
  return csvFile(['street', 'number', 'postcode', 'municipality', 'lat', 'lng'], rows);
}
