/** The copy a person gets of what is kept about them in one report or permit (GDPR art. 15). */
import type { PermitItem, PersonalDataCopy, ReportItem } from '@tandem/shared';
import { toPublicReport } from '../reports/report-item.js';
import { toPublicPermit } from '../permits/permit-item.js';
import { ownMessages, type PersonRequest } from './personal-data-store.js';

const present = (o: Record<string, string | undefined>) =>
  Object.fromEntries(Object.entries(o).filter((e): e is [string, string] => Boolean(e[1])));

export function personalDataCopy(r: PersonRequest, retentionMonths: number, exportedAt: string): PersonalDataCopy {
  return r.kind === 'report'
    ? reportCopy(r.report, r, retentionMonths, exportedAt)
    : permitCopy(r.bundle.permit, r, retentionMonths, exportedAt);
}

function reportCopy(
  rep: ReportItem,
  r: Extract<PersonRequest, { kind: 'report' }>,
  retentionMonths: number,
  exportedAt: string,
): PersonalDataCopy {
  const answers = Object.entries(rep.answers ?? {}).map(([k, v]) => ({ field: `answers.${k}`, text: String(v) }));
  return {
    kind: 'report',
    code: rep.code,
    commune: rep.commune,
    state: rep.state,
    createdAt: rep.createdAt,
    personal: present({ name: rep.name, email: rep.email, phone: rep.phone, address: rep.postalAddress }),
    ownWords: [
      ...(rep.description ? [{ field: 'description', text: rep.description, at: rep.createdAt }] : []),
      ...answers,
      // After a fix: « pas réparé » and a rating's comment (docs/reopen-and-satisfaction.md).
      ...r.timeline.filter((t) => t.byCitizen && t.words).map((t) => ({ field: 'reopen', text: t.words!, at: t.at })),
      ...(r.feedback ?? []).filter((f) => f.comment).map((f) => ({ field: 'rating.comment', text: f.comment!, at: f.at })),
    ],
    timeline: toPublicReport(rep, r.timeline, []).timeline.map(({ at, kind, from, to, message }) => ({ at, kind, from, to, message })),
    attachments: rep.photos.map((_key, i) => ({ type: 'photo', name: `photo ${i + 1}` })),
    retentionMonths,
    exportedAt,
  };
}

function permitCopy(
  p: PermitItem,
  r: Extract<PersonRequest, { kind: 'permit' }>,
  retentionMonths: number,
  exportedAt: string,
): PersonalDataCopy {
  const q = p.requester;
  return {
    kind: 'permit',
    code: p.code,
    commune: p.commune,
    state: p.state,
    createdAt: p.createdAt,
    personal: present({ name: q.name, email: q.email, phone: q.phone, address: q.address, organisation: q.organisation }),
    ownWords: [
      { field: 'title', text: p.title, at: p.createdAt },
      ...(p.details.description ? [{ field: 'description', text: p.details.description, at: p.createdAt }] : []),
      ...ownMessages(r.bundle.timeline).map((t) => ({ field: 'message', text: t.message ?? '', at: t.at })),
    ],
    // The timeline as the requester sees it: public steps, the commune's messages to them.
    timeline: toPublicPermit(p, r.bundle.timeline, {}, 'requester').timeline.map(({ at, kind, from, to, message }) => ({
      at,
      kind,
      from,
      to,
      message,
    })),
    attachments: p.details.attachments.map((a) => ({ type: a.type, name: a.name })),
    retentionMonths,
    exportedAt,
  };
}
