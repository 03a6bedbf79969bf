/**
 * The message modules server code uses, for translate() and translateFrench() (translator.ts): all four languages
 * where it writes in a person's language (their mails), French only where the administration reads (the authorisation,
 * map titles, timeline notes, a department's mail). A server bundle carries only what its code imports from here.
 */
export {
  translate,
  translateFrench,
  type LocalisedMessages,
  type Translate,
  type TranslateFrench,
} from './translator.js';
export { REPORT_STATE_MESSAGES } from './report-states/index.js';
export { REPORT_MAIL_MESSAGES } from './report-mails/index.js';
export { PERMIT_STATE_MESSAGES } from './permit-states/index.js';
export { PERMIT_LABEL_MESSAGES } from './permit-labels/index.js';
export { PERMIT_NOTE_MESSAGES } from './permit-notes/index.js';
export { PERMIT_MAIL_MESSAGES } from './permit-mails/index.js';
export { WORKS_MAIL_MESSAGES } from './works-mails/index.js';
export { COLLECTION_MAIL_MESSAGES } from './collection-mails/index.js';
export { APPOINTMENT_MAIL_MESSAGES } from './appointment-mails/index.js';
export { CONFIRMATION_MAIL_MESSAGES } from './confirmation-mails/index.js';
export { permitLabelsFr } from './permit-labels/fr.js';
export { permitNotesFr } from './permit-notes/fr.js';
export { permitMailsFr } from './permit-mails/fr.js';
export { REPORT_FEEDBACK_MESSAGES } from './report-feedback/index.js';
export { REPORT_FIELD_MESSAGES } from './report-fields/index.js';
export { REPORT_FORM_PAGE_MESSAGES } from './report-form-page/index.js';
export { reportFieldsFr } from './report-fields/fr.js';
export { reportFormPageFr } from './report-form-page/fr.js';
export { NEWS_LABEL_MESSAGES } from './news-labels/index.js';
export { newsLabelsFr } from './news-labels/fr.js';
export { collectionKindsFr } from './collection-kinds/fr.js';
