/** A permit as the role matrix sees it, in a module of its own so that a function can ask without the permit views' code. */
import type { PermitItem, Subject } from '@tandem/shared';

/** Owned by its handling department, reviewed by the departments asked for an opinion. */
export const permitSubject = (p: Pick<PermitItem, 'handlingDepartment' | 'reviewers'>): Subject => ({
  department: p.handlingDepartment,
  reviewers: p.reviewers,
});
