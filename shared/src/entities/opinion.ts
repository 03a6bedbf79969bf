/** A department's opinion task on a permit, in the permit's partition; pending ones sit in the department's queue (gsi3, sparse). */
import type { OpinionVerdict } from '../permits/permit-api.js';
import { communePrefix } from './key-parts.js';
import { permitKeys } from './permit.js';

export const OPINION_PREFIX = 'OPINION#';

export const opinionKeys = {
  opinion: (commune: string, code: string, department: string) => ({
    pk: permitKeys.permitPk(commune, code),
    sk: `${OPINION_PREFIX}${department}`,
  }),
  opinionPrefix: OPINION_PREFIX,
  /** gsi3 (sparse): opinions a department still owes, by due date. */
  pendingOpinions: (commune: string, department: string) => `${communePrefix(commune)}OPINIONS#${department}`,
};

export interface OpinionItem {
  pk: string;
  sk: string;
  type: 'opinion';
  commune: string;
  code: string;
  department: string;
  status: 'pending' | 'given';
  due: string;
  requestedAt: string;
  verdict?: OpinionVerdict;
  text?: string;
  by?: string;
  at?: string;
  /** When the scheduler reminded the department (once). */
  remindedAt?: string;
  /** Pending only: the department's queue, by due date. */
  gsi3pk?: string;
  gsi3sk?: string;
}

/** A new task: pending, in the department's queue by due date. */
export function pendingOpinionItem(commune: string, code: string, department: string, due: string, requestedAt: string): OpinionItem {
  return {
    ...opinionKeys.opinion(commune, code, department),
    type: 'opinion',
    commune,
    code,
    department,
    status: 'pending',
    due,
    requestedAt,
    gsi3pk: opinionKeys.pendingOpinions(commune, department),
    gsi3sk: `${due}#${code}`,
  };
}
