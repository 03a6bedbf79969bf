/**
 * A commune's year, as `npm run cost` counts it (issue 14): Soignies-sized by default (≈ 28,000 inhabitants), each figure
 * overridable on the command line. Which measured action happens how many times a year, and at which hours. Pure.
 */
import { SCHEDULES } from '@tandem/shared';

export interface Scenario {
  /** Reports filed a year, each with a photo. */
  reports: number;
  /** Permit requests filed a year, each with a document. */
  permits: number;
  /** Tasks created a year, each commented, started and finished with a photo by a worker. */
  tasks: number;
  /** Staff active every working day (the staff app open, signed in, following the lists live). */
  staff: number;
  /** Field workers active every working day (the field app). */
  workers: number;
  /** Citizen page views a year (site pages and their files through CloudFront). */
  pageViews: number;
  /** Communes on one platform: the bill's last line is for this many. */
  communes: number;
}

export const DEFAULT_SCENARIO: Scenario = {
  reports: 3000,
  permits: 500,
  tasks: 10_000,
  staff: 50,
  workers: 20,
  pageViews: 100_000,
  communes: 1,
};

/** The command-line option of each figure (`--reports 3000`, `--page-views=100000`). */
export const SCENARIO_OPTIONS: Record<string, keyof Scenario> = {
  '--reports': 'reports',
  '--permits': 'permits',
  '--tasks': 'tasks',
  '--staff': 'staff',
  '--workers': 'workers',
  '--page-views': 'pageViews',
  '--communes': 'communes',
};

/** The default scenario with the figures the command line overrides; a bad option or figure throws, naming it. */
export function parseScenario(argv: readonly string[]): Scenario {
  const s: Scenario = { ...DEFAULT_SCENARIO };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const field = SCENARIO_OPTIONS[flag];
    if (!field) throw new Error(`unknown option ${flag} (known: ${Object.keys(SCENARIO_OPTIONS).join(', ')})`);
    const value = inline ?? argv[++i];
    const n = Number(value);
    if (value === undefined || !Number.isInteger(n) || n < 0 || (field === 'communes' && n < 1))
      throw new Error(`${flag} needs a whole number${field === 'communes' ? ' of at least 1' : ''}, not ${value ?? 'nothing'}`);
    s[field] = n;
  }
  return s;
}

/**
 * What the figures above leave open, fixed here and printed with the bill: how often each thing happens per item,
 * per person and per day. Change them here; each is an assumption, not a measurement.
 */
export const ASSUMPTIONS = {
  workingDays: 250,
  /** Hours a working day the staff app is open (and its socket connected). */
  workingHours: 8,
  /** Citizen actions (filing, following) happen between 7:00 and 21:00, every day. */
  citizenHoursPerDay: 14,
  /** Photos and documents, and the table's items, are kept this long: the bill is a year once that much is stored. */
  keptYears: 5,
  trackingReadsPerReport: 3,
  staffReadsPerReport: 2,
  transitionsPerReport: 2,
  publicUpdatesPerReport: 1,
  trackingReadsPerPermit: 3,
  staffReadsPerPermit: 2,
  commentsPerTask: 2,
  /** Feeds polled every 5 minutes, day and night, by three consumers (one feed each: GeoJSON, Waze CIFS, Open311). */
  feedPollMinutes: 5,
  /** A socket lives 2 hours at most (API Gateway): a working day opens this many. */
  connectionsPerDay: 4,
  /** The staff app pings every 4 minutes (docs/realtime.md). */
  pingMinutes: 4,
  /** Citizens signing in to « Mon espace » in a month (the citizen pool's monthly active users). */
  citizenMonthlyActive: 50,
  /** A Lambda environment left idle this long is gone: the next invocation is a cold start. */
  warmMinutes: 10,
  /**
   * Init duration of a cold start (billed since 1 August 2025), not measured here: a bundle's module init takes 58–153 ms
   * in a fresh `node` (`npm run bundles -- --init`, README "Figures"), plus the runtime's own start; rounded up.
   */
  coldStartInitMs: 400,
  /** The photo size the browser sends after resizing to 1600 px (JPEG); documents joined to a permit request. */
  photoBytes: 400_000,
  documentBytes: 200_000,
} as const;

/** When an action happens: working hours, the citizens' day, or around the clock (feeds, schedules). */
export type Hours = 'work' | 'day' | 'always';

export interface ActionDef {
  /** What is measured, in words (printed with the per-action table). */
  what: string;
  hours: Hours;
  /** Times a year for one commune. */
  perYear: (s: Scenario) => number;
}

const A = ASSUMPTIONS;
const staffDays = (s: Scenario) => s.staff * A.workingDays;
const feedPolls = (365 * 24 * 60) / A.feedPollMinutes;

/** Every measured action, and how often the scenario does it. */
export const ACTIONS = {
  'report.file': { what: 'a citizen files a report with a photo (upload ticket, upload, filing)', hours: 'day', perYear: (s) => s.reports },
  'report.confirm': {
    what: 'its reporter confirms the e-mail address (every reporter gives one: an upper bound)',
    hours: 'day',
    perYear: (s) => s.reports,
  },
  'report.track': { what: 'its tracking page reads it', hours: 'day', perYear: (s) => s.reports * A.trackingReadsPerReport },
  'report.staff-read': { what: 'an agent opens it', hours: 'work', perYear: (s) => s.reports * A.staffReadsPerReport },
  'report.transition': { what: 'an agent moves it on', hours: 'work', perYear: (s) => s.reports * A.transitionsPerReport },
  'report.update': { what: 'an agent writes a public update', hours: 'work', perYear: (s) => s.reports * A.publicUpdatesPerReport },
  'permit.file': { what: 'a citizen files a permit request with a document', hours: 'day', perYear: (s) => s.permits },
  'permit.track': { what: 'its tracking page reads it', hours: 'day', perYear: (s) => s.permits * A.trackingReadsPerPermit },
  'permit.staff-read': { what: 'an agent opens it', hours: 'work', perYear: (s) => s.permits * A.staffReadsPerPermit },
  'permit.decide': { what: 'reviewed, approved and issued (the two PDFs)', hours: 'work', perYear: (s) => s.permits },
  'task.create': { what: 'an agent creates a task for a worker', hours: 'work', perYear: (s) => s.tasks },
  'task.comment': { what: 'a comment on it', hours: 'work', perYear: (s) => s.tasks * A.commentsPerTask },
  'task.start': { what: 'the worker starts it', hours: 'work', perYear: (s) => s.tasks },
  'task.finish': { what: 'the worker finishes it with a photo and a note', hours: 'work', perYear: (s) => s.tasks },
  'staff.day': {
    what: 'an agent signs in and reads the inbox, « Mon travail », the permits and the bell',
    hours: 'work',
    perYear: staffDays,
  },
  'worker.day': {
    what: 'a worker signs in and reads « Aujourd’hui »',
    hours: 'work',
    perYear: (s) => s.workers * A.workingDays,
  },
  'live.connect': {
    what: 'the staff app opens its socket, follows three lists, and closes it',
    hours: 'work',
    perYear: (s) => staffDays(s) * A.connectionsPerDay,
  },
  'live.ping': {
    what: 'the staff app pings its socket',
    hours: 'work',
    perYear: (s) => staffDays(s) * ((A.workingHours * 60) / A.pingMinutes),
  },
  'feed.geojson': { what: 'a consumer polls the GeoJSON map feed (ETag)', hours: 'always', perYear: () => feedPolls },
  'feed.waze': { what: 'a consumer polls the Waze CIFS feed (ETag)', hours: 'always', perYear: () => feedPolls },
  'feed.open311': { what: 'a consumer polls Open311 requests.json', hours: 'always', perYear: () => feedPolls },
  'page.view': { what: 'a citizen page view (page and files through CloudFront)', hours: 'day', perYear: (s) => s.pageViews },
  ...Object.fromEntries(
    SCHEDULES.map((d) => [
      `schedule.${d.name}`,
      { what: `scheduled ${d.target}, every ${d.everyMinutes} min`, hours: 'always', perYear: () => (365 * 24 * 60) / d.everyMinutes },
    ]),
  ),
} satisfies Record<string, ActionDef> as Record<string, ActionDef>;
export type ActionName = string;

/** Socket minutes a year for one commune: the staff's working hours. */
export const connectionMinutes = (s: Scenario): number => staffDays(s) * A.workingHours * 60;

/** Connections that receive each change the fan-out posts: every active staff member's app follows the lists. */
export const followers = (s: Scenario): number => s.staff;

/** Monthly active users a year (12 months) of the staff pool (staff and workers) and of the citizen pool. */
export const monthlyActiveUsers = (s: Scenario): { staff: number; citizens: number } => ({
  staff: (s.staff + s.workers) * 12,
  citizens: A.citizenMonthlyActive * 12,
});

/** Hours a year in each class: working hours; the rest of the citizens' day; the night. */
export function hourClasses(): { work: number; dayOnly: number; night: number } {
  const work = A.workingDays * A.workingHours;
  const day = 365 * A.citizenHoursPerDay;
  return { work, dayOnly: day - work, night: 365 * 24 - day };
}

/** How an action's occurrences spread over the hour classes (shares summing to 1). */
export function spread(hours: Hours): { work: number; dayOnly: number; night: number } {
  const h = hourClasses();
  if (hours === 'work') return { work: 1, dayOnly: 0, night: 0 };
  const total = hours === 'day' ? h.work + h.dayOnly : h.work + h.dayOnly + h.night;
  return { work: h.work / total, dayOnly: h.dayOnly / total, night: hours === 'day' ? 0 : h.night / total };
}
