/**
 * How each kind of map item looks, defined once for the map layers (drawn on a canvas) and the legend
 * (SVG): a colour AND a shape for points, a colour AND a dash pattern for lines, so that nothing relies
 * on colour alone. Colours reach 3:1 against the map background and white (WCAG 1.4.11).
 */
// Types only: the page must not pull zod (map-items.ts holds the schemas) into the browser.
import type { MapItemKind } from '@tandem/shared/map/map-items';

export interface KindLook {
  colour: string;
  /** The point symbol, an SVG path in a 24×24 box (canvas draws it with Path2D). */
  shape: string;
  /** A white mark drawn over the shape (stroke), when the shape alone is not enough. */
  mark?: string;
  /** Line pattern in line widths (maplibre's line-dasharray); undefined: solid. */
  dash?: [number, number];
  /** A white stripe along the line (closures read as "barred"). */
  stripe?: boolean;
  lineWidth: number;
}

export const KIND_LOOK: Record<MapItemKind, KindLook> = {
  // Works: an orange warning triangle with "!", solid line.
  works: { colour: '#a84300', shape: 'M12 1.5 L23 21.5 L1 21.5 Z', mark: 'M12 8.5 L12 14.5 M12 17.2 L12 17.8', lineWidth: 5 },
  // Detours: a purple diamond, dashed line.
  detour: {
    colour: '#6b2c91',
    shape: 'M12 1 L23 12 L12 23 L1 12 Z',
    mark: 'M7 12 L16 12 M13 8.5 L16.5 12 L13 15.5',
    dash: [2, 1.2],
    lineWidth: 5,
  },
  // Parking bans: a blue disc crossed out, dotted line.
  parking_ban: { colour: '#004f9e', shape: 'M12 1 A11 11 0 1 1 11.99 1 Z', mark: 'M5.5 18.5 L18.5 5.5', dash: [0.6, 1.2], lineWidth: 5 },
  // Road closures: a red square with a white bar (no entry), red line with a white stripe.
  road_closure: { colour: '#b0001e', shape: 'M2 2 L22 2 L22 22 L2 22 Z', mark: 'M6 12 L18 12', stripe: true, lineWidth: 7 },
  // Events: a green star, long dashes.
  event: {
    colour: '#1b6b34',
    shape: 'M12 1 L14.9 8.3 L22.8 8.8 L16.7 13.9 L18.7 21.5 L12 17.3 L5.3 21.5 L7.3 13.9 L1.2 8.8 L9.1 8.3 Z',
    dash: [3, 1.5],
    lineWidth: 5,
  },
  // Reports: a dark grey hexagon with a dot.
  report: { colour: '#3d4550', shape: 'M12 1 L21.5 6.5 L21.5 17.5 L12 23 L2.5 17.5 L2.5 6.5 Z', mark: 'M12 11.4 L12 12.6', lineWidth: 4 },
};

/** Every kind, in the legend's order (the record above is checked to name them all). */
export const KINDS = Object.keys(KIND_LOOK) as MapItemKind[];
export type { MapItemKind };
