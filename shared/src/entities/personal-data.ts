/**
 * Personal data's life after a request closes. When a report or a permit reaches a final state it enters the
 * commune's erasure queue: gsi3 (sparse), one partition per commune, sorted by the instant it closed, so the
 * daily job reads only what is due (`gsi3sk < cutoff`) and nothing else. gsi3 already holds open reports by
 * cell (a report leaves it when it closes, so the two uses never overlap on one item) and opinions owed; a
 * permit item never used it. Reopening a report puts it back in its cell (or out of gsi3): it leaves the queue.
 * Erasing takes the item out of the queue, so the job resumes where it stopped.
 */
import { communePrefix } from './key-parts.js';

export type PersonalDataEntity = 'REPORT' | 'PERMIT';

export const personalDataKeys = {
  /** gsi3: closed reports and permits whose requester's personal data is still kept, oldest closure first. */
  erasureDue: (commune: string) => `${communePrefix(commune)}PERSONAL-DATA-DUE`,
};

/** The queue entry an item gets when it closes at `closedAt` (ISO instant). */
export function erasureDueIndex(entity: PersonalDataEntity, commune: string, code: string, closedAt: string) {
  return { gsi3pk: personalDataKeys.erasureDue(commune), gsi3sk: `${closedAt}#${entity}#${code}` };
}

/** Parses a queue entry's sort key back into what it points at. */
export function parseErasureDue(sk: string): { closedAt: string; entity: PersonalDataEntity; code: string } | undefined {
  const m = /^(.+)#(REPORT|PERMIT)#([^#]+)$/.exec(sk);
  return m ? { closedAt: m[1], entity: m[2] as PersonalDataEntity, code: m[3] } : undefined;
}

/** What the stored item says once its personal data is gone (staff views show it). */
export interface PersonalDataErasure {
  /** ISO instant of the erasure. */
  personalDataErasedAt?: string;
  /** Erased because the person asked (rather than at the end of the retention period). */
  personalDataErasedOnRequest?: boolean;
}

/** What replaces a person's own free text when they ask for erasure. */
export const ERASED_TEXT = '[effacé à la demande]';
