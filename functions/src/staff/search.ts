/**
 * GET /api/{commune}/staff/search?q=: reports and permits by code, address or words, for the staff's search box.
 *   - a tracking code (ABCD-1234, any case or spacing) is two GetItems (the report, the permit): exact, however old
 *     (when neither exists, the text is searched as words);
 *   - words (an address, a street, a description's words, a permit's reference) are matched with the house's word
 *     search (shared/src/word-search.ts) over the most recent SEARCH_WINDOW reports and permits, newest first,
 *     read from the inbox indexes by key: older items are found by their code. The answer says how many were searched.
 * Every result is one the person may list (the reports' and permits' list rules of the role matrix).
 */
import {
  StaffSearchQuery,
  TRACKING_CODE_PATTERN,
  findCategory,
  mayDo,
  normaliseTrackingCode,
  type PermitItem,
  type ReportItem,
} from '@tandem/shared';
import { filterByWords } from '@tandem/shared/word-search';
import { json, parseQuery, type ApiEvent, type ApiResult } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { requireStaff } from '../lib/staff-auth.js';
import { authorize } from '../lib/authorize.js';
import { clock } from '../lib/clock.js';
import { getReport, listReports } from '../reports/report-store.js';
import { planningOf, toStaffSummary } from '../reports/report-item.js';
import { getPermit, listPermits } from '../permits/permit-store.js';
import { permitSubject } from '../permits/permit-responses.js';
import { toPermitSummary } from '../permits/permit-item.js';

/** How many of the most recent reports, and of permits, words are matched against (two or three queries each). */
export const SEARCH_WINDOW = 500;
/** Results of each kind answered. */
const MAX_RESULTS = 25;

export async function searchReports(event: ApiEvent): Promise<ApiResult> {
  const reg = await communeFromPath(event);
  const user = await requireStaff(event, reg);
  authorize(user, reg.config, 'GET /api/{commune}/staff/search', 'search');
  const { q } = parseQuery(event, StaffSearchQuery);
  const commune = reg.config.id;
  const config = reg.config;
  const seesReport = (r: ReportItem) => mayDo(user, config, 'GET /api/{commune}/staff/reports', 'list', { department: r.department });
  const seesPermit = (p: PermitItem) =>
    Boolean(p.submittedAt) && mayDo(user, config, 'GET /api/{commune}/staff/permits', 'list', permitSubject(p));
  const now = clock.iso();
  const today = clock.today();
  const answer = (reports: ReportItem[], permits: PermitItem[], byCode: boolean, searched = { reports: 0, permits: 0 }) =>
    json(200, {
      reports: reports
        .filter(seesReport)
        .slice(0, MAX_RESULTS)
        .map((r) => toStaffSummary(r, planningOf(r, config, now))),
      permits: permits
        .filter(seesPermit)
        .slice(0, MAX_RESULTS)
        .map((p) => toPermitSummary(p, today)),
      byCode,
      searched,
    });

  const code = normaliseTrackingCode(q);
  if (TRACKING_CODE_PATTERN.test(code)) {
    const [report, permit] = await Promise.all([getReport(commune, code), getPermit(commune, code)]);
    // Eight letters may also be a word ("ABCD EFGH"): nothing by that code, the words are searched.
    if (report || permit) return answer(report ? [report] : [], permit ? [permit] : [], true);
  }

  const [reports, permits] = await Promise.all([listReports(commune, {}, SEARCH_WINDOW), listPermits(commune, {}, SEARCH_WINDOW)]);
  const reportText = (r: ReportItem) =>
    [r.code, findCategory(config, r.category)?.label.fr, r.address, r.description].filter(Boolean).join(' ');
  const permitText = (p: PermitItem) => [p.code, p.reference, p.title, p.details.place.label].filter(Boolean).join(' ');
  return answer(filterByWords(reports.items, reportText, q), filterByWords(permits.items, permitText, q), false, {
    reports: reports.items.length,
    permits: permits.items.length,
  });
}
