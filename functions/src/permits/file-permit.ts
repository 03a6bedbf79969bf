/**
 * Filing a permit request, for both doors of permits/create-permit: the citizen's form and the counter (docs/counter.md).
 */
import {
  citizenRequestItem,
  handlingDepartment,
  keys,
  newTrackingCode,
  quoteFee,
  draftExpiry,
  newPermitTimelineItem,
  permitIndexes,
  requesterWithOrganisation,
  type AuditEntryItem,
  type CommuneRegistration,
  type CounterMark,
  type EventDetails,
  type Locale,
  type PermitDetails,
  type PermitItem,
  type PermitKind,
  type Requester,
} from '@tandem/shared';
import { HttpError, conflict } from '../lib/http.js';
import { clock } from '../lib/clock.js';
import { checkedKey, idempotencyRecord, previousRecord } from '../lib/idempotency.js';
import { contactEntries } from '../counter/contact-index.js';
import { adoptAttachments } from './permit-attachments.js';
import { assertSubmittable, permitsConfigOf } from './permit-input.js';
import { permitTitle } from './permit-item.js';
import { getPermit, insertPermit } from './permit-store.js';
import { newRequesterKey } from './requester-key.js';

export interface PermitFiling {
  kind: PermitKind;
  details: unknown;
  /** At the counter the e-mail may be '' (none given): no mail goes anywhere. */
  requester: Requester;
  locale: Locale;
  submit: boolean;
}

export interface PermitFiled {
  code: string;
  key: string | undefined;
  state: string;
  version: number;
  created: boolean;
  /** The stored request (a new one, or the one a replay answers; absent when that one is gone). */
  permit?: PermitItem;
}

/**
 * Files a request: the engine's rules when submitted, a tracking code, its attachments moved, one transaction with its
 * first timeline item, its private key, its idempotency record, its contact index entries and, from the counter, the
 * agent's mark and audit entry. A retry with the same key answers what the first call filed.
 */
export async function filePermit(
  reg: CommuneRegistration,
  body: PermitFiling,
  opts: {
    idempotencyKey?: string;
    hash: string;
    counter?: CounterMark;
    audit?: (code: string, at: string) => AuditEntryItem;
    /** A citizen signed in: the request joins their account (its `sub`), read back by key in « my space ». */
    account?: string;
  },
): Promise<PermitFiled> {
  const commune = reg.config.id;
  const cfg = permitsConfigOf(reg.config, body.kind);
  const details = body.details as PermitDetails;

  const idemKey = checkedKey(opts.idempotencyKey);
  const hash = opts.hash;
  if (idemKey) {
    const prev = await previousRecord(commune, idemKey, hash);
    if (prev) return replay(commune, prev.code, prev.result?.key);
  }
  if (body.submit) assertSubmittable(reg.config, body.kind, details, undefined, clock.now());

  const now = clock.now();
  const at = now.toISOString();
  const key = newRequesterKey();
  const mark = opts.counter;
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
      locale: body.locale,
      title: permitTitle(body.kind, kept),
      handlingDepartment: handlingDepartment(cfg, body.kind),
      reviewers: [],
      pendingReviewers: [],
      fee: quoteFee(cfg, body.kind, kept).amount,
      createdAt: at,
      updatedAt: at,
      version: 1,
      ...(mark ? { encodedBy: mark } : {}),
      ...(opts.account ? { account: opts.account } : {}),
      ...permitIndexes(base),
      ...(body.submit ? {} : { expiresAt: draftExpiry(now.getTime()) }),
    };
    const encoded = mark ? { encoded: { by: mark.name, channel: mark.channel } } : {};
    const first = body.submit
      ? newPermitTimelineItem(commune, code, at, {
          kind: 'state_changed',
          public: true,
          from: 'draft',
          to: 'submitted',
          actor: mark ? mark.name : 'requester',
          ...(mark ? { actorSub: mark.sub } : {}),
          ...encoded,
        })
      : newPermitTimelineItem(commune, code, at, { kind: 'created', public: false, actor: 'requester' });
    const idem = idemKey ? idempotencyRecord(commune, idemKey, hash, code, at, { key }) : undefined;
    // The citizen's contact index (docs/counter.md): written with the request, so the counter finds it by key.
    const index = contactEntries(commune, { email: permit.requester.email, phone: permit.requester.phone }, 'permit', code, at);
    const mine = opts.account ? [citizenRequestItem(commune, opts.account, { kind: 'permit', code, createdAt: at }, 'filed', at)] : [];
    const outcome = await insertPermit(permit, first, key, idem, [...index, ...mine], opts.audit?.(code, at));
    if (outcome === 'created') return { code, key, state, version: 1, created: true, permit };
    if (outcome === 'idempotency_taken' && idemKey) {
      const prev = await previousRecord(commune, idemKey, hash);
      if (prev) return replay(commune, prev.code, prev.result?.key);
    }
    if (outcome === 'busy') throw conflict('the same request is being saved right now; try again in a moment');
    // code_taken: draw another code.
  }
  throw new HttpError(503, 'could not allocate a tracking code; try again');
}

async function replay(commune: string, code: string, key: string | undefined): Promise<PermitFiled> {
  const p = await getPermit(commune, code);
  return { code, key, state: p?.state ?? 'submitted', version: p?.version ?? 1, created: false, ...(p ? { permit: p } : {}) };
}
