/** A permit request and its timeline items: keys, index keys and the stored shapes. */
import type { Locale } from '../commune-config.js';
import type { PermitTimelineEntry } from '../permits/permit-api.js';
import type { PermitDetails, PermitKind, Requester } from '../permits/permit-details.js';
import type { PermitState } from '../permits/permit-states.js';
import { byDate, communePrefix } from './key-parts.js';
import { timelineSk } from './timeline.js';
import { erasureDueIndex, type PersonalDataErasure } from './personal-data.js';
import { PERMIT_FINAL_STATES } from '../permits/permit-states.js';
import type { CounterMark, CounterMarkView } from '../counter/counter-mark.js';

export const PERMIT_SK = '#PERMIT';

const permitPk = (commune: string, code: string) => `${communePrefix(commune)}PERMIT#${code}`;

export const permitKeys = {
  permit: (commune: string, code: string) => ({ pk: permitPk(commune, code), sk: PERMIT_SK }),
  permitPk,
  permitTimeline: (commune: string, code: string, at: string, seq?: string) => ({ pk: permitPk(commune, code), sk: timelineSk(at, seq) }),
  /** gsi1: submitted permits, newest first (drafts are not in it). */
  permitsAll: (commune: string) => `${communePrefix(commune)}PERMITS`,
  /** gsi2: permits by state, sorted by their first day (the scheduler and the inbox read it). */
  permitsByState: (commune: string, state: string) => `${communePrefix(commune)}PERMITS#${state}`,
};

export interface PermitDocument {
  type: 'authorisation' | 'poster';
  key: string;
  name: string;
}

export interface PermitDecisionRecord {
  outcome: 'approved' | 'approved_with_conditions' | 'refused' | 'changes_requested';
  conditions: string[];
  message?: string;
  at: string;
  by?: string;
  college?: { date: string; reference: string };
  /** The agent chose to show the message and the conditions on the public page. */
  publicPage?: boolean;
}

export interface PermitItem extends PersonalDataErasure {
  pk: string;
  sk: string;
  type: 'permit';
  commune: string;
  code: string;
  kind: PermitKind;
  state: PermitState;
  details: PermitDetails;
  /** Encoded at the counter without an e-mail address: `email` is '' (as after erasure), no mail goes anywhere. */
  requester: Requester;
  /** The citizen account (its pool's `sub`) that filed it signed in (docs/citizen-space.md). */
  account?: string;
  locale: Locale;
  title: string;
  /** Encoded at the counter on a citizen's behalf (docs/counter.md): who encoded it, and how the citizen came. */
  encodedBy?: CounterMark;
  handlingDepartment: string;
  /** Departments asked for an opinion (set when the request goes to opinions). */
  reviewers: string[];
  /** Of those, the ones that have not answered yet, and the earliest due date among them (for the inbox). */
  pendingReviewers: string[];
  opinionsDue?: string;
  /** Euro cents, computed from the commune's rule when the request is submitted or edited. */
  fee: number;
  reference?: string;
  /** What the commune asks of the requester (incomplete, changes requested). */
  requested?: string;
  /** The agent chose to show `requested` on the public page. */
  requestedPublic?: boolean;
  decision?: PermitDecisionRecord;
  documents?: PermitDocument[];
  submittedAt?: string;
  /** When it reached a final state (retention counts from it). */
  closedAt?: string;
  createdAt: string;
  updatedAt: string;
  version: number;
  gsi1pk?: string;
  gsi1sk?: string;
  gsi2pk?: string;
  gsi2sk?: string;
  /** The personal-data erasure queue, once closed (see personal-data.ts). */
  gsi3pk?: string;
  gsi3sk?: string;
  /** Unsubmitted drafts are forgotten after a while. */
  expiresAt?: number;
  /** While one request issues the permit (see claimIssuing). */
  issuing?: string;
}

export interface PermitTimelineItem {
  pk: string;
  sk: string;
  type: 'timeline';
  entity: 'permit';
  commune: string;
  code: string;
  at: string;
  kind: PermitTimelineEntry['kind'];
  public: boolean;
  from?: PermitState;
  to?: PermitState;
  message?: string;
  /**
   * The message shows on the public page too (the agent's explicit choice; a text the platform wrote, such as
   * the authorisation's number, is public). Absent: the requester and staff only.
   */
  publicPage?: boolean;
  department?: string;
  /** A staff member's display name, or "requester" / "system". */
  actor?: string;
  actorSub?: string;
  /** The first item of a request encoded at the counter: « encodé au guichet par … » (staff, requester and public views). */
  encoded?: CounterMarkView;
}

export const DRAFT_TTL_DAYS = 90;

/** The expiry a draft gets when created or edited (epoch seconds). */
export const draftExpiry = (now: number) => Math.floor(now / 1000) + DRAFT_TTL_DAYS * 86_400;

/**
 * Index attributes, once submitted only (drafts stay out of every list): gsi1 (all, newest first) and
 * gsi2 (by state, sorted by first day).
 */
export function permitIndexes(
  p: Pick<PermitItem, 'commune' | 'code' | 'state' | 'details' | 'submittedAt'>,
): Partial<Pick<PermitItem, 'gsi1pk' | 'gsi1sk' | 'gsi2pk' | 'gsi2sk'>> {
  if (!p.submittedAt) return {};
  return {
    gsi1pk: permitKeys.permitsAll(p.commune),
    gsi1sk: byDate(p.submittedAt, p.code),
    gsi2pk: permitKeys.permitsByState(p.commune, p.state),
    gsi2sk: `${p.details.period.start}#${p.code}`,
  };
}

/**
 * What a move to `to` at `at` sets besides the state: a submitted permit reaching a final state records when
 * it closed and enters the personal-data erasure queue (a draft is forgotten by its TTL instead).
 */
export function closingFields(p: Pick<PermitItem, 'commune' | 'code' | 'submittedAt'>, to: PermitState, at: string) {
  if (!PERMIT_FINAL_STATES.has(to) || !p.submittedAt) return {};
  return { closedAt: at, ...erasureDueIndex('PERMIT', p.commune, p.code, at) };
}

export function newPermitTimelineItem(
  commune: string,
  code: string,
  at: string,
  entry: Omit<PermitTimelineItem, 'pk' | 'sk' | 'type' | 'entity' | 'commune' | 'code' | 'at'>,
): PermitTimelineItem {
  return { ...permitKeys.permitTimeline(commune, code, at), type: 'timeline', entity: 'permit', commune, code, at, ...entry };
}
