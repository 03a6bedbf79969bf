import type { MessageKey } from './fr.js';
import { coreNl } from './core/nl.js';
import { reportMailsNl } from './report-mails/nl.js';
import { permitsCitizenNl } from './permits/nl.js';
import { permitsStaffNl } from './permits-staff/nl.js';
import { permitMailsNl } from './permit-mails/nl.js';
import { mapNl } from './map/nl.js';
import { mapStaffNl } from './map-staff/nl.js';
import { staffAdminNl } from './staff-admin/nl.js';
import { auditStaffNl } from './audit-staff/nl.js';
import { fieldShellNl } from './field-shell/nl.js';
import { projectsStaffNl } from './projects-staff/nl.js';
import { statsNl } from './stats/nl.js';
import { mailConfirmationNl } from './mail-confirmation/nl.js';
import { confirmationMailsNl } from './confirmation-mails/nl.js';
import { privacyNl } from './privacy/nl.js';
import { citizenSpaceNl } from './citizen-space/nl.js';
import { citizenAccountNl } from './citizen-account/nl.js';
import { citizenPasswordNl } from './citizen-password/nl.js';
import { citizenFederationNl } from './citizen-federation/nl.js';
import { staffAuthNl } from './staff-auth/nl.js';
import { backofficeNl } from './backoffice/nl.js';
import { workTasksNl } from './work-tasks/nl.js';
import { worksitesNl } from './worksites/nl.js';
import { collectionsNl } from './collections/nl.js';
import { appointmentsNl } from './appointments/nl.js';
import { appointmentsStaffNl } from './appointments-staff/nl.js';
import { collectionsStaffNl } from './collections-staff/nl.js';
import { collectionMailsNl } from './collection-mails/nl.js';
import { worksMailsNl } from './works-mails/nl.js';
import { appointmentMailsNl } from './appointment-mails/nl.js';
import { recurringNl } from './recurring/nl.js';
import { notificationsNl } from './notifications/nl.js';
import { liveNl } from './live/nl.js';
import { pushNl } from './push/nl.js';
import { fieldNl } from './field/nl.js';
import { counterNl } from './counter/nl.js';
import { reportFeedbackNl } from './report-feedback/nl.js';
import { addressesNl } from './addresses/nl.js';
import { addressImportNl } from './address-import/nl.js';
import { reportFormPageNl } from './report-form-page/nl.js';
import { noscriptNl } from './noscript/nl.js';
import { newsNl } from './news/nl.js';

export const nl: Record<MessageKey, string> = {
  ...coreNl,
  ...reportMailsNl,
  ...permitsCitizenNl,
  ...permitsStaffNl,
  ...permitMailsNl,
  ...mapNl,
  ...mapStaffNl,
  ...staffAdminNl,
  ...auditStaffNl,
  ...fieldShellNl,
  ...projectsStaffNl,
  ...statsNl,
  ...mailConfirmationNl,
  ...confirmationMailsNl,
  ...privacyNl,
  ...citizenSpaceNl,
  ...citizenAccountNl,
  ...citizenPasswordNl,
  ...citizenFederationNl,
  ...staffAuthNl,
  ...backofficeNl,
  ...workTasksNl,
  ...worksitesNl,
  ...collectionsNl,
  ...appointmentsNl,
  ...appointmentsStaffNl,
  ...collectionsStaffNl,
  ...collectionMailsNl,
  ...worksMailsNl,
  ...appointmentMailsNl,
  ...recurringNl,
  ...notificationsNl,
  ...liveNl,
  ...pushNl,
  ...fieldNl,
  ...counterNl,
  ...reportFeedbackNl,
  ...addressesNl,
  ...addressImportNl,
  ...reportFormPageNl,
  ...noscriptNl,
  ...newsNl,
};
