/**
 * POST /api/{commune}/permits: a citizen's request, saved as a draft (submit: false: only its shape is
 * checked) or submitted (the engine's rules too). Answers the tracking code and the private key, once;
 * a retry with the same Idempotency-Key answers the same code and key.
 */
import {
  CreatePermitInput,
  citizenRequestItem,
  handlingDepartment,
  keys,
  newTrackingCode,
  quoteFee,
  draftExpiry,
  newPermitTimelineItem,
  permitIndexes,
  requesterWithOrganisation,
  type EventDetails,
  type PermitDetails,
  type PermitItem,
} from '@tandem/shared';
import { HttpError, apiHandler, conflict, header, json, parseBody } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { clock } from '../lib/clock.js';
import { optionalCitizen } from '../lib/citizen-auth.js';
import { checkedKey, idempotencyRecord, previousRecord, requestHash } from '../lib/idempotency.js';
import { adoptAttachments } from './permit-attachments.js';
import { assertSubmittable, permitsConfigOf } from './permit-input.js';
import { permitTitle } from './permit-item.js';
import { getPermit, insertPermit } from './permit-store.js';
import { newRequesterKey } from './requester-key.js';

export const handler = apiHandler(async (event) => {
  const reg = await communeFromPath(event);
  const commune = reg.config.id;
  const body = parseBody(event, CreatePermitInput);
  const cfg = permitsConfigOf(reg.config, body.kind);
  const details = body.details as PermitDetails;
  // Filed signed in: the request joins the citizen's account (read back by key in « my space »).
  const citizen = await optionalCitizen(event, reg);

  const idemKey = checkedKey(header(event, 'idempotency-key'));
  const hash = citizen ? requestHash(event.routeKey, commune, body, citizen.sub) : requestHash(event.routeKey, commune, body);
  if (idemKey) {
    const prev = await previousRecord(commune, idemKey, hash);
    if (prev) return replay(commune, prev.code, prev.result?.key);
  }
  if (body.submit) assertSubmittable(reg.config, body.kind, details, undefined, clock.now());

  const now = clock.now();
  const at = now.toISOString();
  const key = newRequesterKey();
  for (let attempt = 0; attempt < 4; attempt++) {
    const code = newTrackingCode();
    const attachments = await adoptAttachments(commune, code, details.attachments);
    const kept = { ...details, attachments } as PermitDetails;
    const state = body.submit ? 'submitted' : 'draft';
    const base = { commune, code, state, details: kept, ...(body.submit ? { submittedAt: at } : {}) } as const;
    const permit: PermitItem = {
      ...keys.permit(commune, code),
      ...base,
      type: 'permit',
      kind: body.kind,
      requester: requesterWithOrganisation(body.kind, kept as Partial<EventDetails>, body.requester),
      ...(citizen ? { account: citizen.sub } : {}),
      locale: body.locale,
      title: permitTitle(body.kind, kept),
      handlingDepartment: handlingDepartment(cfg, body.kind),
      reviewers: [],
      pendingReviewers: [],
      fee: quoteFee(cfg, body.kind, kept).amount,
      createdAt: at,
      updatedAt: at,
      version: 1,
      ...permitIndexes(base),
      ...(body.submit ? {} : { expiresAt: draftExpiry(now.getTime()) }),
    };
    const first = body.submit
      ? newPermitTimelineItem(commune, code, at, {
          kind: 'state_changed',
          public: true,
          from: 'draft',
          to: 'submitted',
          actor: 'requester',
        })
      : newPermitTimelineItem(commune, code, at, { kind: 'created', public: false, actor: 'requester' });
    const idem = idemKey ? idempotencyRecord(commune, idemKey, hash, code, at, { key }) : undefined;
    const mine = citizen ? [citizenRequestItem(commune, citizen.sub, { kind: 'permit', code, createdAt: at }, 'filed', at)] : [];
    const outcome = await insertPermit(permit, first, key, idem, mine);
    if (outcome === 'created') return json(201, { code, key, state, version: 1 }, { location: `/api/${commune}/permits/${code}` });
    if (outcome === 'idempotency_taken' && idemKey) {
      const prev = await previousRecord(commune, idemKey, hash);
      if (prev) return replay(commune, prev.code, prev.result?.key);
    }
    if (outcome === 'busy') throw conflict('the same request is being saved right now; try again in a moment');
    // code_taken: draw another code.
  }
  throw new HttpError(503, 'could not allocate a tracking code; try again');
});

async function replay(commune: string, code: string, key: string | undefined) {
  const p = await getPermit(commune, code);
  return json(200, { code, key, state: p?.state ?? 'submitted', version: p?.version ?? 1 }, { 'idempotent-replayed': 'true' });
}
