/** The report form's controls: the API's and the schema's field names mapped to their ids, and the message each shows. */
import { REPORT_PART_MESSAGES, reportFormPart } from '@tandem/shared/report-form';
import type { MessageKey } from '../../lib/locale';
import { questionFieldId } from './CategoryFieldset';

export { EMAIL_RE } from '../../lib/email-pattern';

/** The control of each part of the form (shared/src/report-form.ts). */
const PART_IDS = {
  category: 'f-category',
  place: 'f-address',
  description: 'f-description',
  email: 'f-email',
  photos: 'f-photos',
} as const;

export const FIELD_MESSAGES: Record<string, MessageKey> = Object.fromEntries(
  (Object.keys(PART_IDS) as (keyof typeof PART_IDS)[]).map((part) => [PART_IDS[part], REPORT_PART_MESSAGES[part]]),
);

/** Maps an API / schema field name ("answers.taille", "photos.0") to the id of the form control; questions are the category's. */
export function fieldIdFor(name: string, category: string): string | undefined {
  const part = reportFormPart(name);
  if (part) return typeof part === 'string' ? PART_IDS[part] : questionFieldId(category, part.question);
  // At the counter (docs/counter.md).
  switch (name.split(/[.[\]/]/)[0]) {
    case 'name':
      return 'f-name';
    case 'phone':
      return 'f-phone';
    case 'postalAddress':
      return 'f-postal';
    default:
      return undefined;
  }
}
