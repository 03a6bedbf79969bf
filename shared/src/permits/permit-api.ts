/**
 * The permits API's bodies and views (zod): the handlers validate with them, the web types its calls
 * with them. Views come in three audiences: public (tracking code: no personal data), requester (the
 * request's private key: everything they sent) and staff (everything, with opinions and private notes).
 */
import { CounterMarkView } from '../counter/counter-mark.js';
import * as z from 'zod';
import { plainText } from '../plain-text.js';
import { LOCALES } from '../commune-config.js';
import { PERMIT_STATES } from './permit-states.js';
import {
  EventDetails,
  IsoDateSchema,
  OCCUPATION_USES,
  OccupationDetails,
  PERMIT_KINDS,
  PermitGeometry,
  PermitPeriod,
  Requester,
} from './permit-details.js';
import { PERMIT_INBOX_VIEWS } from './permit-inbox-view.js';
import { daysBetween } from './calendar.js';
import { PersonalDataErasedView } from '../privacy/privacy-api.js';
import { FollowView } from '../schemas/work.js';

const Version = z.number().int().min(1);

/** A request of one kind with its details: the kind decides the details' schema. */
export const KindAndDetails = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('event'), details: EventDetails }),
  z.object({ kind: z.literal('occupation'), details: OccupationDetails }),
]);

/** POST /api/{commune}/permits: a draft (submit false) or a submitted request. */
export const CreatePermitInput = z.intersection(
  KindAndDetails,
  z.object({ requester: Requester, locale: z.enum(LOCALES).default('fr'), submit: z.boolean().default(true) }),
);
export type CreatePermitInput = z.infer<typeof CreatePermitInput>;

/** PUT /api/{commune}/permits/{code}: the requester edits a draft, or completes an incomplete request. */
export const UpdatePermitInput = z.object({
  details: z.unknown(),
  requester: Requester,
  version: Version,
  /** Submit (again) right after saving. */
  submit: z.boolean().default(false),
  message: plainText().trim().max(2000).optional(),
});
export type UpdatePermitInput = z.infer<typeof UpdatePermitInput>;

/** POST /api/{commune}/permits/{code}/withdraw */
export const WithdrawPermitInput = z.object({ version: Version, message: plainText().trim().max(2000).optional() });
export type WithdrawPermitInput = z.infer<typeof WithdrawPermitInput>;

export const PermitStateSchema = z.enum(PERMIT_STATES);

/** What the API says when the agent did not choose whether a text goes on the public page. */
export const PUBLIC_PAGE_REQUIRED = 'choisissez si ce texte est visible au public (publicPage: true ou false)';

/** POST /api/{commune}/staff/permits/{code}/transitions */
export const PermitTransitionInput = z
  .object({
    to: PermitStateSchema,
    version: Version,
    /** To the requester: what is missing (incomplete, changes requested), why (refused, cancelled). */
    message: plainText().trim().max(4000).optional(),
    /** Approved with conditions: one condition per line. */
    conditions: z.array(plainText().trim().min(1).max(1000)).max(30).optional(),
    /** The college's decision, when it took it: its date and reference. */
    college: z.object({ date: IsoDateSchema, reference: plainText().trim().min(1).max(60) }).optional(),
    /**
     * Whether the message and the conditions also show on the request's public page (the requester always
     * sees them). The agent chooses: required, with no default, whenever there is a message or a condition.
     */
    publicPage: z.boolean().optional(),
  })
  .superRefine((t, ctx) => {
    if ((t.message || t.conditions?.length) && t.publicPage === undefined)
      ctx.addIssue({ code: 'custom', path: ['publicPage'], message: PUBLIC_PAGE_REQUIRED });
  });
export type PermitTransitionInput = z.infer<typeof PermitTransitionInput>;

/** POST /api/{commune}/staff/permits/{code}/updates */
export const PermitUpdateInput = z
  .object({
    text: plainText().trim().min(1).max(4000),
    /** A message to the requester (by e-mail and on their page), or an internal note. */
    public: z.boolean(),
    /** A message to the requester: whether it also shows on the public page (required, no default). */
    publicPage: z.boolean().optional(),
    version: Version,
  })
  .superRefine((u, ctx) => {
    if (u.public && u.publicPage === undefined) ctx.addIssue({ code: 'custom', path: ['publicPage'], message: PUBLIC_PAGE_REQUIRED });
    if (!u.public && u.publicPage)
      ctx.addIssue({ code: 'custom', path: ['publicPage'], message: 'une note interne n’est jamais visible au public' });
  });
export type PermitUpdateInput = z.infer<typeof PermitUpdateInput>;

export const OPINION_VERDICTS = ['favourable', 'unfavourable', 'conditional'] as const;
export type OpinionVerdict = (typeof OPINION_VERDICTS)[number];
/** POST /api/{commune}/staff/permits/{code}/opinions/{department} */
export const OpinionInput = z
  .object({ verdict: z.enum(OPINION_VERDICTS), text: plainText().trim().max(4000).default('') })
  .refine((o) => o.verdict === 'favourable' || o.text.length >= 3, { message: 'expliquez l’avis ou les conditions', path: ['text'] });
export type OpinionInput = z.infer<typeof OpinionInput>;

/** The longest period the calendar asks for (a month view shows six weeks at most). */
export const PERMIT_CALENDAR_MAX_DAYS = 62;

export const PermitInboxQuery = z
  .object({
    state: PermitStateSchema.optional(),
    kind: z.enum(PERMIT_KINDS).optional(),
    /** "opinions": the requests waiting for an opinion from one of my departments. */
    view: z.enum(PERMIT_INBOX_VIEWS).default('todo'),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    cursor: z.string().max(500).optional(),
    /**
     * A period of calendar days (both ends included, at most PERMIT_CALENDAR_MAX_DAYS): the requests whose days meet
     * it, in the states the calendar shows (PERMIT_CALENDAR_STATES, or `state`), soonest first day first, unpaged.
     */
    from: IsoDateSchema.optional(),
    to: IsoDateSchema.optional(),
  })
  .refine((v) => (v.from === undefined) === (v.to === undefined), { message: 'send both from and to', path: ['to'] })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { message: 'to is before from', path: ['to'] })
  .refine((v) => !v.from || !v.to || v.from > v.to || daysBetween(v.from, v.to) < PERMIT_CALENDAR_MAX_DAYS, {
    message: `a period of ${PERMIT_CALENDAR_MAX_DAYS} days at most`,
    path: ['to'],
  });
export type PermitInboxQuery = z.infer<typeof PermitInboxQuery>;

// ---- views -------------------------------------------------------------------------------------

export const PermitTimelineEntry = z.object({
  at: z.string(),
  kind: z.enum([
    'created',
    'state_changed',
    'opinion_requested',
    'opinion_given',
    'opinion_reminder',
    'documents_issued',
    'public_update',
    'private_note',
    'edited',
  ]),
  public: z.boolean(),
  from: PermitStateSchema.optional(),
  to: PermitStateSchema.optional(),
  message: z.string().optional(),
  /** Staff views: the message also shows on the public page. */
  publicPage: z.boolean().optional(),
  department: z.string().optional(),
  /** Staff display name on staff views; "requester" or "system" for the others; absent on public views. */
  actor: z.string().optional(),
  /** Encoded at the counter by this agent, through this channel (docs/counter.md): every view. */
  encoded: CounterMarkView.optional(),
});
export type PermitTimelineEntry = z.infer<typeof PermitTimelineEntry>;

export const PermitDocumentView = z.object({
  type: z.enum(['authorisation', 'poster']),
  url: z.string(),
  name: z.string(),
});
export type PermitDocumentView = z.infer<typeof PermitDocumentView>;

export const OpinionView = z.object({
  department: z.string(),
  status: z.enum(['pending', 'given']),
  due: z.string(),
  overdue: z.boolean(),
  verdict: z.enum(OPINION_VERDICTS).optional(),
  text: z.string().optional(),
  by: z.string().optional(),
  at: z.string().optional(),
});
export type OpinionView = z.infer<typeof OpinionView>;

export const DecisionView = z.object({
  outcome: z.enum(['approved', 'approved_with_conditions', 'refused', 'changes_requested']),
  conditions: z.array(z.string()),
  message: z.string().optional(),
  at: z.string(),
  by: z.string().optional(),
  college: z.object({ date: z.string(), reference: z.string() }).optional(),
});

/** What anyone with the tracking code sees: no name, e-mail, phone, organiser's contact or attachments. */
export const PublicPermit = z.object({
  code: z.string(),
  commune: z.string(),
  kind: z.enum(PERMIT_KINDS),
  state: PermitStateSchema,
  /** The event's name, or (in French) the occupation's use and place: pages in other languages use `use`. */
  title: z.string(),
  use: z.enum(OCCUPATION_USES).optional(),
  period: PermitPeriod,
  place: z.object({ label: z.string(), geometry: PermitGeometry }),
  reference: z.string().optional(),
  /** What the commune asks of the requester now (incomplete, changes requested). */
  requested: z.string().optional(),
  conditions: z.array(z.string()).optional(),
  fee: z.number().int(),
  documents: z.array(PermitDocumentView),
  submittedAt: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  timeline: z.array(PermitTimelineEntry),
});
export type PublicPermit = z.infer<typeof PublicPermit>;

/** What the requester sees with the request's private key. */
export const RequesterPermit = PublicPermit.extend({
  details: z.record(z.string(), z.unknown()),
  requester: Requester,
  locale: z.enum(LOCALES),
  version: z.number().int(),
  earliestStart: z.string().optional(),
});
export type RequesterPermit = z.infer<typeof RequesterPermit>;

export const StaffPermit = RequesterPermit.extend({
  handlingDepartment: z.string(),
  reviewers: z.array(z.string()),
  opinions: z.array(OpinionView),
  decision: DecisionView.optional(),
  /** Attachments with short-lived links. */
  attachments: z.array(z.object({ type: z.string(), name: z.string(), url: z.string() })),
  /** Staff may act: the handling department's agents and admins. Reviewers only give their opinion. */
  canDecide: z.boolean(),
  /** Departments of the signed-in user that still owe an opinion. */
  myPendingOpinions: z.array(z.string()),
  /** The requester's personal data was erased (retention or their request), and when. */
  personalDataErased: PersonalDataErasedView.optional(),
}).merge(FollowView);
export type StaffPermit = z.infer<typeof StaffPermit>;

export const PermitSummary = z.object({
  code: z.string(),
  kind: z.enum(PERMIT_KINDS),
  state: PermitStateSchema,
  title: z.string(),
  placeLabel: z.string(),
  period: PermitPeriod,
  submittedAt: z.string().optional(),
  /** The nearest deadline: the earliest pending opinion's due date, else the permit's first day. */
  deadline: z.string().optional(),
  overdue: z.boolean(),
  pendingOpinions: z.number().int(),
  reference: z.string().optional(),
});
export type PermitSummary = z.infer<typeof PermitSummary>;

/** The answer to a create: the private key is shown once and kept by the browser (and mailed). */
export const CreatedPermit = z.object({ code: z.string(), key: z.string(), state: PermitStateSchema, version: z.number().int() });
export type CreatedPermit = z.infer<typeof CreatedPermit>;

/** The header that carries the request's private key. */
export const REQUESTER_KEY_HEADER = 'x-permit-key';
