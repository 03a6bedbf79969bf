/** The report form's controls: the API's and the schema's field names mapped to their ids, and the message each shows. */
import type { MessageKey } from '../../lib/locale';
import { questionFieldId } from './CategoryFieldset';

export { EMAIL_RE } from '../../lib/email-pattern';

export const FIELD_MESSAGES: Record<string, MessageKey> = {
  'f-category': 'report.error.category',
  'f-address': 'report.error.place',
  'f-description': 'report.error.description',
  'f-email': 'report.error.email',
  'f-photos': 'report.error.photos',
};

/** Maps an API / schema field name ("answers.taille", "photos.0") to the id of the form control. */
export function fieldIdFor(name: string): string | undefined {
  const [head, sub] = name.split(/[.[\]/]/).filter(Boolean);
  switch (head) {
    case 'category':
      return 'f-category';
    case 'location':
    case 'address':
      return 'f-address';
    case 'description':
      return 'f-description';
    case 'email':
      return 'f-email';
    case 'photos':
      return 'f-photos';
    // At the counter (docs/counter.md).
    case 'name':
      return 'f-name';
    case 'phone':
      return 'f-phone';
    case 'postalAddress':
      return 'f-postal';
    case 'answers':
      return sub ? questionFieldId(sub) : undefined;
    default:
      return undefined;
  }
}
