/** A report and its timeline items: keys, index keys and the stored shapes. */
import type { AnswerScalar } from '../category-answers.js';
import type { Locale } from '../commune-config.js';
import { geohashEncode, NEARBY_GEOHASH_PRECISION } from '../geo.js';
import { isClosedState, type ReportState } from '../report-states.js';
import type { TimelineEntry } from '../schemas/report.js';
import type { TaskPriority } from '../work/task-states.js';
import { byDate, communePrefix } from './key-parts.js';
import { timelineSk } from './timeline.js';
import { erasureDueIndex, type PersonalDataErasure } from './personal-data.js';
import type { CounterMark, CounterMarkView } from '../counter/counter-mark.js';

export const REPORT_SK = '#REPORT';

const reportPk = (commune: string, code: string) => `${communePrefix(commune)}REPORT#${code}`;

export const reportKeys = {
  report: (commune: string, code: string) => ({ pk: reportPk(commune, code), sk: REPORT_SK }),
  reportPk,
  timeline: (commune: string, code: string, at: string, seq?: string) => ({ pk: reportPk(commune, code), sk: timelineSk(at, seq) }),
  /** gsi1: every report, newest first (inbox, Open311 window). */
  reportsAll: (commune: string) => `${communePrefix(commune)}REPORTS`,
  /** gsi2: reports by state, newest first. */
  reportsByState: (commune: string, state: ReportState) => `${communePrefix(commune)}REPORTS#${state}`,
  /** gsi3 (sparse): open reports by geohash cell. */
  openCell: (commune: string, geohash: string) => `${communePrefix(commune)}OPEN#${geohash}`,
};

/** Parses the commune and report code back out of a report or timeline partition key. */
export function parseReportPk(pk: string): { commune: string; code: string } | undefined {
  const m = /^C#([a-z0-9-]+)#REPORT#(.+)$/.exec(pk);
  return m ? { commune: m[1], code: m[2] } : undefined;
}

export interface ReportItem extends PersonalDataErasure {
  pk: string;
  sk: string;
  type: 'report';
  commune: string;
  code: string;
  category: string;
  state: ReportState;
  department: string;
  description: string;
  location?: { lat: number; lng: number };
  address?: string;
  answers: Record<string, AnswerScalar>;
  /** S3 keys under reports/<commune>/<code>/ */
  photos: string[];
  email?: string;
  name?: string;
  /** Given at the counter (docs/counter.md): a phone number and a postal address, personal data as the e-mail. */
  phone?: string;
  postalAddress?: string;
  locale: Locale;
  duplicateOf?: string;
  createdAt: string;
  updatedAt: string;
  /** When it last reached a closed state (retention counts from it). */
  closedAt?: string;
  version: number;
  /** Where it was filed: the public form, Open311, or the staff in the field (« signalé par le service », docs/field-app.md). */
  source: 'web' | 'open311' | 'service' | 'counter';
  /** Encoded at the counter on a citizen's behalf (source `counter`): who encoded it, and how the citizen came. */
  encodedBy?: CounterMark;
  /** Who on the staff filed it (source `service`): staff views only, never a public one. */
  reportedBy?: ServiceReporter;
  /** The citizen account (its pool's `sub`) that filed it signed in (docs/citizen-space.md). */
  account?: string;
  /** Planning (staff only): who handles it (Cognito sub) since when, how urgent, due when. */
  assignee?: string;
  assignedAt?: string;
  priority?: TaskPriority;
  dueAt?: string;
  gsi1pk: string;
  gsi1sk: string;
  gsi2pk: string;
  gsi2sk: string;
  gsi3pk?: string;
  gsi3sk?: string;
}

/** The staff member who filed a report from the field, and their department when they have one. */
export interface ServiceReporter {
  sub: string;
  name: string;
  department?: string;
}

export interface TimelineItem {
  pk: string;
  sk: string;
  type: 'timeline';
  commune: string;
  code: string;
  at: string;
  kind: TimelineEntry['kind'];
  public: boolean;
  from?: ReportState;
  to?: ReportState;
  /** The first item of a request encoded at the counter: « encodé au guichet par … » (staff and citizen views). */
  encoded?: CounterMarkView;
  message?: string;
  department?: string;
  duplicateOf?: string;
  actor?: string;
  actorSub?: string;
  /** `planned` items: what was set (null: cleared). */
  assignee?: string | null;
  priority?: TaskPriority;
  dueAt?: string | null;
  /** A reopen by the reporter (« pas réparé »): their words and photo (S3 keys), shown to the staff only. */
  byCitizen?: boolean;
  words?: string;
  photos?: string[];
}

/** gsi1 (every report, newest first): set once, when the report is filed. */
export function reportListIndex(commune: string, code: string, createdAt: string): Pick<ReportItem, 'gsi1pk' | 'gsi1sk'> {
  return { gsi1pk: reportKeys.reportsAll(commune), gsi1sk: byDate(createdAt, code) };
}

/**
 * Index attributes that depend on state: gsi2 (by state) always; gsi3 is the nearby open reports' cell while
 * open, and the personal-data erasure queue once closed at `at` (see personal-data.ts).
 */
export function stateIndexes(r: Pick<ReportItem, 'commune' | 'code' | 'state' | 'createdAt' | 'category' | 'location'>, at?: string) {
  const byState = { gsi2pk: reportKeys.reportsByState(r.commune, r.state), gsi2sk: byDate(r.createdAt, r.code) };
  if (isClosedState(r.state) && at) return { ...byState, ...erasureDueIndex('REPORT', r.commune, r.code, at) };
  if (isClosedState(r.state) || !r.location) return { ...byState, gsi3pk: undefined, gsi3sk: undefined };
  return {
    ...byState,
    gsi3pk: reportKeys.openCell(r.commune, geohashEncode(r.location, NEARBY_GEOHASH_PRECISION)),
    gsi3sk: `${r.category}#${r.createdAt}#${r.code}`,
  };
}

export function newTimelineItem(
  commune: string,
  code: string,
  at: string,
  entry: Omit<TimelineItem, 'pk' | 'sk' | 'type' | 'commune' | 'code' | 'at'>,
): TimelineItem {
  return { ...reportKeys.timeline(commune, code, at), type: 'timeline', commune, code, at, ...entry };
}
