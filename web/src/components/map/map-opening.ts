/**
 * How the public map page opens (issue 14, docs/map.md): on a phone, on the list of the area the map would open on,
 * with « Afficher la carte » in the map's box (maplibre draws in software on many phones, and its library is 1 MB);
 * elsewhere, or with `?carte=1` in the address, on the map. Decided once, when the page starts.
 */

/** A phone: the same media query as map.css's folded map box (keep both in step). */
export const PHONE_QUERY = '(max-width: 48rem)';

/**
 * 'auto' until the page has started (the pre-rendered HTML: map.css folds the box on a phone already), then 'ask'
 * (the list, the button in the map's box) or 'map' (the map starts).
 */
export type MapOpening = 'auto' | 'ask' | 'map';

/** How the page opens, from its address (`?carte=1` opens the map) and whether the screen is a phone's. */
export function mapOpening(search: string, phone: boolean): 'ask' | 'map' {
  return phone && new URLSearchParams(search).get('carte') !== '1' ? 'ask' : 'map';
}

/**
 * The size the map's box has once the map is shown, also while it is folded behind its button: the first read is of
 * the viewport the map will open on. The section's `data-open` is set to 'map' for the measure and put back at once
 * (no frame is drawn in between).
 */
export function openedBoxSize(section: HTMLElement, box: HTMLElement): { width: number; height: number } {
  const was = section.dataset.open;
  section.dataset.open = 'map';
  const size = { width: box.clientWidth, height: box.clientHeight };
  if (was === undefined) delete section.dataset.open;
  else section.dataset.open = was;
  return size;
}
