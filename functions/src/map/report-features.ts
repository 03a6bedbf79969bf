/** Open reports as map features: public fields only (category, description, place, tracking link). */
import { brusselsDate, pickText, type CommuneConfig, type MapFeature, type ReportItem } from '@tandem/shared';
import { OPEN_REPORT_STATES } from '@tandem/shared';
import { listReports, openReportsInCells } from '../reports/report-store.js';

export function reportFeature(r: ReportItem, config: Pick<CommuneConfig, 'id' | 'categories'>, to: string): MapFeature | undefined {
  if (!r.location) return undefined;
  const category = config.categories.find((c) => c.code === r.category);
  return {
    type: 'Feature',
    id: `report-${r.code}`,
    geometry: { type: 'Point', coordinates: [r.location.lng, r.location.lat] },
    properties: {
      id: `report-${r.code}`,
      kind: 'report',
      title: category ? pickText(category.label, 'fr') : r.category,
      description: r.description,
      streets: r.address ? [r.address] : [],
      start: brusselsDate(r.createdAt),
      end: to,
      source: { type: 'report', code: r.code, url: `/${config.id}/suivi/${r.code}/` },
      updatedAt: r.updatedAt,
    },
  };
}

export async function openReportFeatures(
  config: Pick<CommuneConfig, 'id' | 'categories'>,
  cells: string[],
  to: string,
): Promise<MapFeature[]> {
  const reports = await openReportsInCells(config.id, cells);
  return reports.map((r) => reportFeature(r, config, to)).filter((f): f is MapFeature => Boolean(f));
}

/** Every open report of the commune with a place (the whole-commune view): by state, newest first, bounded. */
export async function openReportFeaturesOfCommune(
  config: Pick<CommuneConfig, 'id' | 'categories'>,
  to: string,
  perState = 200,
): Promise<MapFeature[]> {
  const lists = await Promise.all(OPEN_REPORT_STATES.map((state) => listReports(config.id, { state }, perState)));
  return lists
    .flatMap((l) => l.items)
    .map((r) => reportFeature(r, config, to))
    .filter((f): f is MapFeature => Boolean(f));
}
