/** The recurrences API as the « Tâches récurrentes » view calls it (views: shared/src/schemas/recurring.ts). */
import type { RecurrenceView } from '@tandem/shared/schemas/recurring';
import { staffFetch } from '../../session';

export type { RecurrenceView };

export const fetchRecurrences = (commune: string) =>
  staffFetch<{ items: RecurrenceView[] }>(commune, 'staff/recurrences').then((r) => r.items);

export const recurrencePath = (id: string) => `staff/recurrences/${encodeURIComponent(id)}`;
