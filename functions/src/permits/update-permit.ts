/**
 * The requester's own changes, with the request's private key:
 *   PUT  …/permits/{code}           edit a draft, or complete a request the commune sent back (submit: true resubmits)
 *   POST …/permits/{code}/withdraw  withdraw the request (until it is issued)
 * Guarded by the version the requester saw (409 when stale); an Idempotency-Key makes a retry harmless.
 */
import {
  UpdatePermitInput,
  WithdrawPermitInput,
  checkPermitTransition,
  draftExpiry,
  keys,
  newPermitTimelineItem,
  permitIndexes,
  closingFields,
  quoteFee,
  requesterWithOrganisation,
  PERMIT_EDITABLE_STATES,
  type EventDetails,
  type PermitItem,
  type PermitState,
  type PermitTimelineItem,
} from '@tandem/shared';
import { env } from '../lib/aws.js';
import { apiHandler, conflict, header, notFound, parseBody, unprocessable } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { clock } from '../lib/clock.js';
import { routeOf } from '../lib/route-of.js';
import { checkedKey, idempotencyRecord, previousResult, requestHash } from '../lib/idempotency.js';
import { versionedWrite, type TransactEntry } from '../lib/versioned-write.js';
import { closePendingOpinions } from './permit-opinions.js';
import { adoptAttachments } from './permit-attachments.js';
import { assertSubmittable, parseDetails, permitsConfigOf } from './permit-input.js';
import { permitTitle } from './permit-item.js';
import { getPermitBundle } from './permit-store.js';
import { answerPermit } from './permit-responses.js';
import { requireRequesterKey } from './requester-key.js';
import { permitCodeFromPath } from './permit-code.js';

export const handler = apiHandler(async (event) => {
  const reg = await communeFromPath(event);
  const commune = reg.config.id;
  const code = permitCodeFromPath(event);
  const withdraw = routeOf<'permits/update-permit', boolean>(event, {
    'PUT /api/{commune}/permits/{code}': false,
    'POST /api/{commune}/permits/{code}/withdraw': true,
  });
  const body = withdraw ? parseBody(event, WithdrawPermitInput) : parseBody(event, UpdatePermitInput);
  const b = await getPermitBundle(commune, code);
  if (!b) throw notFound('no request has this code');
  requireRequesterKey(event, b.key);
  const audience = { requester: reg.config };

  const idemKey = checkedKey(header(event, 'idempotency-key'));
  const hash = requestHash(event.routeKey, code, body);
  if (idemKey && (await previousResult(commune, idemKey, hash))) return answerPermit(commune, code, audience, true);
  const p = b.permit;
  if (p.version !== body.version) throw stale(p);

  const at = clock.iso();
  let set: Partial<PermitItem>;
  let remove: string[] = [];
  let more: TransactEntry[] = [];
  let item: PermitTimelineItem;
  if (withdraw) {
    const check = checkPermitTransition(p.state, 'withdrawn', 'requester');
    if (!check.ok) throw conflict(`a request in state "${p.state}" can no longer be withdrawn`, { currentState: p.state });
    const closing = closePendingOpinions(b);
    set = {
      ...closing.set,
      state: 'withdrawn',
      gsi2pk: permitIndexes({ ...p, state: 'withdrawn' }).gsi2pk,
      ...closingFields(p, 'withdrawn', at),
    };
    remove = ['requested', ...closing.remove];
    more = closing.more;
    item = newPermitTimelineItem(commune, code, at, {
      kind: 'state_changed',
      public: true,
      from: p.state,
      to: 'withdrawn',
      actor: 'requester',
      ...(body.message ? { message: body.message } : {}),
    });
  } else {
    const u = body as UpdatePermitInput;
    if (!PERMIT_EDITABLE_STATES.has(p.state))
      throw conflict(`a request in state "${p.state}" can no longer be changed`, { currentState: p.state });
    const cfg = permitsConfigOf(reg.config, p.kind);
    const parsed = parseDetails(p.kind, u.details);
    if (u.submit) assertSubmittable(reg.config, p.kind, parsed, p.submittedAt, clock.now());
    const details = { ...parsed, attachments: await adoptAttachments(commune, code, parsed.attachments) } as PermitItem['details'];
    const to: PermitState = u.submit ? 'submitted' : p.state;
    if (u.submit) {
      const check = checkPermitTransition(p.state, 'submitted', 'requester');
      if (!check.ok) throw unprocessable('this request cannot be submitted now', [{ name: 'submit', reason: check.reason }]);
    }
    const submittedAt = p.submittedAt ?? (u.submit ? at : undefined);
    set = {
      details,
      requester: requesterWithOrganisation(p.kind, details as Partial<EventDetails>, u.requester),
      title: permitTitle(p.kind, details),
      fee: quoteFee(cfg, p.kind, details).amount,
      state: to,
      ...permitIndexes({ ...p, details, state: to, submittedAt }),
      ...(submittedAt ? { submittedAt } : {}),
    };
    // A draft lives 90 days after its last edit; submitted, it no longer expires (nor does its key).
    const keyRef = { TableName: env().tableName, Key: keys.permitKey(commune, code) };
    if (u.submit) {
      remove = ['requested', 'expiresAt'];
      more = [{ Update: { ...keyRef, UpdateExpression: 'REMOVE expiresAt' } }];
    } else if (p.state === 'draft') {
      set.expiresAt = draftExpiry(clock.ms());
      more = [{ Update: { ...keyRef, UpdateExpression: 'SET expiresAt = :e', ExpressionAttributeValues: { ':e': set.expiresAt } } }];
    }
    item = u.submit
      ? newPermitTimelineItem(commune, code, at, {
          kind: 'state_changed',
          public: true,
          from: p.state,
          to: 'submitted',
          actor: 'requester',
          ...(u.message ? { message: u.message } : {}),
        })
      : newPermitTimelineItem(commune, code, at, { kind: 'edited', public: false, actor: 'requester' });
  }
  const idem = idemKey ? idempotencyRecord(commune, idemKey, hash, code, at) : undefined;
  const outcome = await versionedWrite({
    key: { pk: p.pk, sk: p.sk },
    expectedVersion: body.version,
    set: { ...set, updatedAt: at },
    remove,
    puts: [item],
    more,
    ...(idem ? { idem } : {}),
  });
  if (outcome === 'stale') throw stale(p);
  return answerPermit(commune, code, audience, outcome === 'replayed');
});

function stale(p: PermitItem) {
  return conflict('this request was changed since you opened it; reload it and try again', {
    currentVersion: p.version,
    currentState: p.state,
  });
}
