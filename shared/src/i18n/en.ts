import type { MessageKey } from './fr.js';
import { coreEn } from './core/en.js';
import { reportMailsEn } from './report-mails/en.js';
import { permitsCitizenEn } from './permits/en.js';
import { permitsStaffEn } from './permits-staff/en.js';
import { permitMailsEn } from './permit-mails/en.js';
import { mapEn } from './map/en.js';
import { mapStaffEn } from './map-staff/en.js';
import { staffAdminEn } from './staff-admin/en.js';
import { auditStaffEn } from './audit-staff/en.js';
import { fieldShellEn } from './field-shell/en.js';
import { projectsStaffEn } from './projects-staff/en.js';
import { statsEn } from './stats/en.js';
import { mailConfirmationEn } from './mail-confirmation/en.js';
import { confirmationMailsEn } from './confirmation-mails/en.js';
import { privacyEn } from './privacy/en.js';
import { citizenSpaceEn } from './citizen-space/en.js';
import { citizenAccountEn } from './citizen-account/en.js';
import { citizenPasswordEn } from './citizen-password/en.js';
import { citizenFederationEn } from './citizen-federation/en.js';
import { staffAuthEn } from './staff-auth/en.js';
import { backofficeEn } from './backoffice/en.js';
import { workTasksEn } from './work-tasks/en.js';
import { worksitesEn } from './worksites/en.js';
import { collectionsEn } from './collections/en.js';
import { appointmentsEn } from './appointments/en.js';
import { appointmentsStaffEn } from './appointments-staff/en.js';
import { collectionsStaffEn } from './collections-staff/en.js';
import { collectionMailsEn } from './collection-mails/en.js';
import { worksMailsEn } from './works-mails/en.js';
import { appointmentMailsEn } from './appointment-mails/en.js';
import { recurringEn } from './recurring/en.js';
import { notificationsEn } from './notifications/en.js';
import { liveEn } from './live/en.js';
import { pushEn } from './push/en.js';
import { fieldEn } from './field/en.js';
import { counterEn } from './counter/en.js';
import { reportFeedbackEn } from './report-feedback/en.js';
import { addressesEn } from './addresses/en.js';
import { addressImportEn } from './address-import/en.js';
import { reportFormPageEn } from './report-form-page/en.js';
import { noscriptEn } from './noscript/en.js';
import { newsEn } from './news/en.js';

export const en: Record<MessageKey, string> = {
  ...coreEn,
  ...reportMailsEn,
  ...permitsCitizenEn,
  ...permitsStaffEn,
  ...permitMailsEn,
  ...mapEn,
  ...mapStaffEn,
  ...staffAdminEn,
  ...auditStaffEn,
  ...fieldShellEn,
  ...projectsStaffEn,
  ...statsEn,
  ...mailConfirmationEn,
  ...confirmationMailsEn,
  ...privacyEn,
  ...citizenSpaceEn,
  ...citizenAccountEn,
  ...citizenPasswordEn,
  ...citizenFederationEn,
  ...staffAuthEn,
  ...backofficeEn,
  ...workTasksEn,
  ...worksitesEn,
  ...collectionsEn,
  ...appointmentsEn,
  ...appointmentsStaffEn,
  ...collectionsStaffEn,
  ...collectionMailsEn,
  ...worksMailsEn,
  ...appointmentMailsEn,
  ...recurringEn,
  ...notificationsEn,
  ...liveEn,
  ...pushEn,
  ...fieldEn,
  ...counterEn,
  ...reportFeedbackEn,
  ...addressesEn,
  ...addressImportEn,
  ...reportFormPageEn,
  ...noscriptEn,
  ...newsEn,
};
