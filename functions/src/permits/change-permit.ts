/**
 * Staff changes to a permit, each with its timeline item(s) in one transaction, guarded by the version the
 * agent saw (a stale version is a 409, so two agents deciding at once end with one winner):
 *   POST …/staff/permits/{code}/transitions           move it (review, ask for information, opinions, decide, issue, cancel)
 *   POST …/staff/permits/{code}/updates               a public update or a private note
 *   POST …/staff/permits/{code}/opinions/{department} a reviewing department's opinion
 * The role matrix (shared/src/role-matrix.ts) says who: the handling department's agents and admins move a
 * permit and write to the requester; the departments asked give their opinion and add notes.
 */
import { OpinionInput, PermitTransitionInput, PermitUpdateInput, type CommuneConfig, type RouteKeyOf } from '@tandem/shared';
import { type HttpError, apiHandler, conflict, header, parseBody, pathParam, type ApiEvent } from '../lib/http.js';
import { authorize } from '../lib/authorize.js';
import { communeFromPath } from '../lib/commune.js';
import { clock } from '../lib/clock.js';
import { routeOf } from '../lib/route-of.js';
import { requireStaff, type StaffUser } from '../lib/staff-auth.js';
import { checkedKey, idempotencyRecord, previousResult, requestHash } from '../lib/idempotency.js';
import { runVersionedChange } from '../lib/versioned-change.js';
import { auditContext, auditEntry } from '../lib/audit.js';
import { permitsConfigOf } from './permit-input.js';
import { newPermitTimelineItem, type PermitItem } from '@tandem/shared';
import { answerPermit, permitSubject, visibleBundle } from './permit-responses.js';
import { staffTransition, type PermitChange } from './staff-transition.js';
import { giveOpinion } from './give-opinion.js';
import { permitCodeFromPath } from './permit-code.js';

/** Each route's parsed body, tagged by what it does (the body keeps its type, no cast). */
const ROUTE_BODIES = {
  'POST /api/{commune}/staff/permits/{code}/transitions': (e: ApiEvent) => ({
    route: 'transition' as const,
    body: parseBody(e, PermitTransitionInput),
  }),
  'POST /api/{commune}/staff/permits/{code}/updates': (e: ApiEvent) => ({
    route: 'update' as const,
    body: parseBody(e, PermitUpdateInput),
  }),
  'POST /api/{commune}/staff/permits/{code}/opinions/{department}': (e: ApiEvent) => ({
    route: 'opinion' as const,
    body: parseBody(e, OpinionInput),
  }),
} satisfies Record<RouteKeyOf<'permits/change-permit'>, unknown>;
type Parsed = ReturnType<(typeof ROUTE_BODIES)[keyof typeof ROUTE_BODIES]>;

export const handler = apiHandler(async (event) => {
  const reg = await communeFromPath(event);
  const user = await requireStaff(event, reg);
  const commune = reg.config.id;
  const code = permitCodeFromPath(event);
  const parsed = routeOf<'permits/change-permit', (e: ApiEvent) => Parsed>(event, ROUTE_BODIES)(event);

  // Who may see the permit is checked first, even for a replay; the key is the user's own.
  const b = await visibleBundle(reg.config, code, user);
  const idempotencyKey = checkedKey(header(event, 'idempotency-key'));
  const hash = requestHash(event.routeKey, code, event.pathParameters, user.sub, parsed.body);
  const audience = { staff: user, config: reg.config };
  const at = clock.now();
  const audit = auditContext(event, reg, user);
  const item = { kind: 'permit', id: code } as const;

  if (parsed.route === 'opinion') {
    if (idempotencyKey && (await previousResult(commune, idempotencyKey, hash))) return answerPermit(commune, code, audience, true);
    const idem = idempotencyKey ? idempotencyRecord(commune, idempotencyKey, hash, code, at.toISOString()) : undefined;
    const department = pathParam(event, 'department');
    const entry = auditEntry(audit, at.toISOString(), 'permit.opinion', item, `${department}: ${parsed.body.verdict}`);
    const outcome = await giveOpinion(b, reg.config, department, parsed.body, user, at, idem, entry);
    return answerPermit(commune, code, audience, outcome === 'replayed');
  }

  return runVersionedChange({
    commune,
    code,
    current: b.permit,
    expectedVersion: parsed.body.version,
    at: at.toISOString(),
    ...(idempotencyKey ? { idempotencyKey } : {}),
    requestHash: hash,
    // The audit entry goes in the change's transaction: a replayed request writes neither again.
    build: async (p) => {
      if (parsed.route === 'update') {
        const change = update(reg.config, p, parsed.body, user, at);
        const action = parsed.body.public ? 'permit.update' : 'permit.note';
        return { ...change, puts: [...change.puts, auditEntry(audit, at.toISOString(), action, item)] };
      }
      authorize(user, reg.config, 'POST /api/{commune}/staff/permits/{code}/transitions', 'transition', permitSubject(p));
      const change = await staffTransition(b, parsed.body, user, reg.config, permitsConfigOf(reg.config), at);
      const entry = auditEntry(audit, at.toISOString(), 'permit.transition', item, `${p.state} → ${parsed.body.to}`);
      return { ...change, puts: [...change.puts, entry] };
    },
    stale,
    answer: (replayed) => answerPermit(commune, code, audience, replayed),
  });
});

function update(config: CommuneConfig, p: PermitItem, b: PermitUpdateInput, user: StaffUser, at: Date): PermitChange {
  authorize(user, config, 'POST /api/{commune}/staff/permits/{code}/updates', b.public ? 'publicUpdate' : 'privateNote', permitSubject(p));
  return {
    set: {},
    remove: [],
    more: [],
    puts: [
      newPermitTimelineItem(p.commune, p.code, at.toISOString(), {
        kind: b.public ? 'public_update' : 'private_note',
        public: b.public,
        message: b.text,
        ...(b.public && b.publicPage ? { publicPage: true } : {}),
        actor: user.name,
        actorSub: user.sub,
      }),
    ],
  };
}

function stale(p: PermitItem): HttpError {
  return conflict('someone else changed this request since you opened it; reload it and try again', {
    currentVersion: p.version,
    currentState: p.state,
  });
}
