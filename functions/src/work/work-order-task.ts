/**
 * What a report's work order is made of (pure): its title, its description (the agent's note, then the report's words,
 * address, and its category's questions with the reporter's answers, in French as the staff read them), its place as
 * a GeoJSON point, and the link back to the report.
 */
import { brusselsWallToMs, pickText, type CommuneConfig, type NewTask, type ReportItem } from '@tandem/shared';
import { fillMessage } from '@tandem/shared/i18n/fill';
import { recurringFr } from '@tandem/shared/i18n/recurring/fr';
import { WORK_ORDER_DUE_TIME, type WorkOrderInput } from '@tandem/shared/schemas/recurring';

const BOOLEAN_WORDS = { true: 'oui', false: 'non' } as const;

export function workOrderTitle(config: CommuneConfig, r: ReportItem, input: Pick<WorkOrderInput, 'title'>): string {
  if (input.title) return input.title;
  const category = config.categories.find((c) => c.code === r.category);
  const label = category ? pickText(category.label, 'fr') : r.category;
  return `${label} — ${r.address ?? r.code}`.slice(0, 140);
}

export function workOrderDescription(config: CommuneConfig, r: ReportItem, note: string): string {
  const category = config.categories.find((c) => c.code === r.category);
  const lines: string[] = [];
  if (note) lines.push(note, '');
  lines.push(
    fillMessage(recurringFr['workOrder.descriptionReport'], {
      code: r.code,
      category: category ? pickText(category.label, 'fr') : r.category,
    }),
  );
  lines.push(r.description);
  if (r.address) lines.push(fillMessage(recurringFr['workOrder.descriptionAddress'], { address: r.address }));
  const answered = (category?.questions ?? []).filter((q) => r.answers[q.code] !== undefined && r.answers[q.code] !== '');
  if (answered.length) {
    lines.push('', recurringFr['workOrder.descriptionAnswers']);
    for (const q of answered) {
      const v = r.answers[q.code];
      const option = q.options?.find((o) => o.key === String(v));
      const value = option
        ? pickText(option.label, 'fr')
        : typeof v === 'boolean'
          ? BOOLEAN_WORDS[String(v) as 'true' | 'false']
          : String(v);
      lines.push(`- ${pickText(q.label, 'fr')} : ${value}`);
    }
  }
  return lines.join('\n').slice(0, 5000);
}

/** The task of a work order (files: the copies of the report's photos, made by the caller). */
export function workOrderTask(
  config: CommuneConfig,
  r: ReportItem,
  input: WorkOrderInput,
  t: { id: string; department: string; files: string[]; createdAt: string; createdBy: string },
): NewTask {
  return {
    commune: r.commune,
    id: t.id,
    title: workOrderTitle(config, r, input),
    description: workOrderDescription(config, r, input.note),
    department: t.department,
    assignees: [...new Set(input.assignees)],
    priority: input.priority,
    // Instants in keys are UTC with Z, whatever offset the client wrote.
    ...(input.dueAt ? { dueAt: new Date(input.dueAt).toISOString() } : {}),
    ...(input.dueDay ? { dueAt: new Date(brusselsWallToMs(input.dueDay, WORK_ORDER_DUE_TIME)).toISOString() } : {}),
    ...(r.location
      ? {
          place: { ...(r.address ? { label: r.address } : {}), geometry: { type: 'Point', coordinates: [r.location.lng, r.location.lat] } },
        }
      : {}),
    files: t.files,
    links: [{ kind: 'report', id: r.code }],
    ...(input.projectId ? { projectId: input.projectId } : {}),
    createdAt: t.createdAt,
    createdBy: t.createdBy,
  };
}
