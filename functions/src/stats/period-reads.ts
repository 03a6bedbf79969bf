/**
 * The figures read live for a period, each by one key range per list (their volumes are a commune's permits and
 * tasks, not its reports; docs/statistics.md):
 *   permits  gsi1 (submitted permits, by submission instant), the period's range;
 *   tasks    gsi1 board columns « fait » of each department (closed tasks, by closing instant), the period's range;
 *   feedback gsi1 SATISFACTION (the reporters' ratings and reopens, by instant), the period's range.
 */
import { feedbackKeys, keys, periodRange, type FeedbackAnswerItem, type IsoDate, type PermitItem, type TaskItem } from '@tandem/shared';
import { queryIndexRange } from './stats-store.js';

export type PermitFact = Pick<PermitItem, 'kind' | 'handlingDepartment' | 'submittedAt' | 'decision'>;

export function permitsSubmitted(commune: string, from: IsoDate, to: IsoDate): Promise<PermitFact[]> {
  return queryIndexRange<PermitFact>('gsi1', keys.permitsAll(commune), periodRange(from, to), [
    'kind',
    'handlingDepartment',
    'submittedAt',
    'decision',
  ]);
}

export type TaskFact = Pick<TaskItem, 'closedAt' | 'department'>;

export async function tasksDone(commune: string, departments: readonly string[], from: IsoDate, to: IsoDate): Promise<TaskFact[]> {
  const range = periodRange(from, to);
  const columns = await Promise.all(
    departments.map((d) => queryIndexRange<TaskFact>('gsi1', keys.boardColumn(commune, d, 'done'), range, ['closedAt', 'department'])),
  );
  return columns.flat();
}

export type FeedbackFact = Pick<FeedbackAnswerItem, 'kind' | 'department' | 'satisfied'>;

/** The reporters' ratings and reopens of the period (gsi1 SATISFACTION, by instant): a fraction of the fixes. */
export function feedbackAnswers(commune: string, from: IsoDate, to: IsoDate): Promise<FeedbackFact[]> {
  return queryIndexRange<FeedbackFact>('gsi1', feedbackKeys.satisfaction(commune), periodRange(from, to), [
    'kind',
    'department',
    'satisfied',
  ]);
}
