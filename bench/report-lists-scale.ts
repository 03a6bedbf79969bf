/**
 * The lists of reports at scale (issue 14): with the bench's year of reports in one commune (report-seed.ts, 100,000
 * unless BENCH_REPORTS), the staff inbox as the demo agent opens it (all states, one state, one department, one
 * category, a state and a department; the page of 20 the inbox asks for) and Open311's GET requests.json with no
 * dates (its default window: the last 90 days, a page of 100 requests; and the largest page, 1,000, without a goal), each through the local API beside the DynamoDB
 * commands it sent, replayed bare (api-overhead.ts), with the goal printed beside it: p50 under 100 ms.
 */
import type { Platform } from '../infra/local/platform.js';
import soignies from '../infra/communes/soignies.json' with { type: 'json' };
import { benchRoutes, type RouteCase } from './api-overhead.js';
import { routeLines } from './route-figures.js';
import { SCALE_GOAL_MS } from './goals.js';
import { OPEN311_MAX_RESULTS } from '@tandem/shared/openapi/open311-schemas';

/** The inbox's page (web/src/components/staff/use-paged-list.ts asks for 20). */
const INBOX_PAGE = 20;
/** Open311's answer is up to 1,000 requests: fewer samples of it. */
const OPEN311_SAMPLES = 50;

/** The inbox views measured: query strings of GET staff/reports, beside what they show. */
export function inboxViews(): { label: string; query: string }[] {
  const [first] = soignies.categories;
  const rare = soignies.categories.find((c) => c.department !== first.department) ?? first;
  return [
    { label: 'inbox, all states', query: '' },
    { label: 'inbox, acknowledged', query: 'state=acknowledged' },
    { label: `inbox, ${first.department}`, query: `department=${first.department}` },
    { label: `inbox, ${rare.code}`, query: `category=${rare.code}` },
    { label: `inbox, acknowledged, ${rare.department}`, query: `state=acknowledged&department=${rare.department}` },
  ];
}

export function reportListCases(idToken: string, commune = 'soignies'): RouteCase[] {
  const staff = { authorization: `Bearer ${idToken}` };
  const count = (answer: unknown) => (Array.isArray(answer) ? answer : ((answer as { items?: unknown[] }).items ?? [])).length;
  return [
    ...inboxViews().map(
      (v): RouteCase => ({
        label: v.label,
        fn: 'staff/list-reports',
        commune,
        request: () => ({
          path: `/api/${commune}/staff/reports?${v.query ? `${v.query}&` : ''}limit=${INBOX_PAGE}`,
          init: { headers: staff },
        }),
        underMs: SCALE_GOAL_MS,
        note: (answer) => {
          const a = answer as { scanned?: number; partial?: boolean };
          return `${count(answer)} items, ${a.scanned} read${a.partial ? ', partial' : ''}`;
        },
      }),
    ),
    {
      label: 'Open311, default window',
      fn: 'open311/open311-api',
      commune,
      request: () => ({ path: `/api/open311/v2/requests.json?jurisdiction_id=${commune}` }),
      underMs: SCALE_GOAL_MS,
      samples: OPEN311_SAMPLES,
      note: (answer) => `${count(answer)} requests answered`,
    },
    {
      // The largest page a client may ask for (the default before it was OPEN311_DEFAULT_PAGE_SIZE): no goal.
      label: `Open311, page_size=${OPEN311_MAX_RESULTS}`,
      fn: 'open311/open311-api',
      commune,
      request: () => ({ path: `/api/open311/v2/requests.json?jurisdiction_id=${commune}&page_size=${OPEN311_MAX_RESULTS}` }),
      samples: OPEN311_SAMPLES,
      note: (answer) => `${count(answer)} requests answered`,
    },
  ];
}

/** The lines of this part, on a platform whose commune already holds the year of reports. */
export async function benchReportListsAtScale(
  platform: Platform,
  idToken: string,
  reports: number,
  n: number,
  only?: readonly string[],
): Promise<string[]> {
  const cases = reportListCases(idToken).filter((c) => !only || only.some((o) => c.label.toLowerCase().startsWith(o)));
  const figures = await benchRoutes(platform, cases, n);
  return routeLines(
    `Lists of reports with ${reports.toLocaleString('en')} reports in one commune (the agent's inbox, page of ${INBOX_PAGE}; Open311 at most ${OPEN311_SAMPLES} samples)`,
    figures,
  );
}
