/**
 * Staff changes to a permit, each with its timeline item(s) in one transaction, guarded by the version the
 * agent saw (a stale version is a 409, so two agents deciding at once end with one winner):
 *   POST …/staff/permits/{code}/transitions           move it (review, ask for information, opinions, decide, issue, cancel)
 *   POST …/staff/permits/{code}/updates               a public update or a private note
 *   POST …/staff/permits/{code}/opinions/{department} a reviewing department's opinion
 * Only the handling department's agents and admins move a permit; reviewers give their opinion and notes.
 */
import { OpinionInput, PermitTransitionInput, PermitUpdateInput, type RouteKeyOf } from '@tandem/shared';
import { HttpError, apiHandler, conflict, header, notFound, parseBody, pathParam } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { clock } from '../lib/clock.js';
import { routeOf } from '../lib/route-of.js';
import { requireStaff, type StaffUser } from '../lib/staff-auth.js';
import { checkedKey, idempotencyRecord, previousResult, requestHash } from '../lib/idempotency.js';
import { versionedWrite } from '../lib/versioned-write.js';
import { permitsConfigOf } from './permit-input.js';
import { newPermitTimelineItem, type PermitItem, type PermitTimelineItem } from '@tandem/shared';
import { answerPermit, canDecide, visibleBundle } from './permit-responses.js';
import { staffTransition, type PermitChange } from './staff-transition.js';
import { giveOpinion } from './give-opinion.js';
import { permitCodeFromPath } from './permit-code.js';

type Route = 'transition' | 'update' | 'opinion';
const ROUTE_OF: Record<RouteKeyOf<'permits/change-permit'>, Route> = {
  'POST /api/{commune}/staff/permits/{code}/transitions': 'transition',
  'POST /api/{commune}/staff/permits/{code}/updates': 'update',
  'POST /api/{commune}/staff/permits/{code}/opinions/{department}': 'opinion',
};

export const handler = apiHandler(async (event) => {
  const reg = await communeFromPath(event);
  const user = await requireStaff(event, reg, ['agent', 'admin']);
  const commune = reg.config.id;
  const code = permitCodeFromPath(event);
  const route = routeOf(event, ROUTE_OF);
  const body = route === 'transition' ? parseBody(event, PermitTransitionInput) : route === 'update' ? parseBody(event, PermitUpdateInput) : parseBody(event, OpinionInput);

  // Who may see the permit is checked first, even for a replay; the key is the user's own.
  const b = await visibleBundle(commune, code, user);
  const idemKey = checkedKey(header(event, 'idempotency-key'));
  const hash = requestHash(event.routeKey, code, event.pathParameters, user.sub, body);
  const audience = { staff: user, config: reg.config };
  if (idemKey && (await previousResult(commune, idemKey, hash))) return answerPermit(commune, code, audience, true);

  const at = clock.now();
  const idem = idemKey ? idempotencyRecord(commune, idemKey, hash, code, at.toISOString()) : undefined;

  if (route === 'opinion') {
    const outcome = await giveOpinion(b, pathParam(event, 'department'), body as OpinionInput, user, at, idem);
    return answerPermit(commune, code, audience, outcome === 'replayed');
  }

  const versioned = body as { version: number };
  if (b.permit.version !== versioned.version) {
    if (idemKey && (await previousResult(commune, idemKey, hash))) return answerPermit(commune, code, audience, true);
    throw stale(b.permit);
  }
  let change: PermitChange;
  if (route === 'transition') {
    if (!canDecide(user, b.permit)) throw new HttpError(403, 'only the handling department or an admin decides on this request');
    change = await staffTransition(b, body as PermitTransitionInput, user, reg.config, permitsConfigOf(reg.config), at);
  } else {
    change = update(b.permit, body as PermitUpdateInput, user, at);
  }
  const outcome = await versionedWrite({
    key: { pk: b.permit.pk, sk: b.permit.sk }, expectedVersion: versioned.version,
    set: { ...change.set, updatedAt: at.toISOString() }, remove: change.remove,
    puts: change.puts as unknown as (PermitTimelineItem & Record<string, unknown>)[],
    more: change.more,
    ...(idem ? { idem: idem as never } : {}),
  });
  if (outcome === 'stale') throw stale(b.permit);
  return answerPermit(commune, code, audience, outcome === 'replayed');
});


function update(p: PermitItem, b: PermitUpdateInput, user: StaffUser, at: Date): PermitChange {
  if (b.public && !canDecide(user, p)) throw new HttpError(403, 'only the handling department writes to the requester');
  return {
    set: {}, remove: [], more: [],
    puts: [newPermitTimelineItem(p.commune, p.code, at.toISOString(), { kind: b.public ? 'public_update' : 'private_note', public: b.public, message: b.text, actor: user.name, actorSub: user.sub })],
  };
}

function stale(p: PermitItem): HttpError {
  return conflict('someone else changed this request since you opened it; reload it and try again', { currentVersion: p.version, currentState: p.state });
}
