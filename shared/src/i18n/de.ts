import type { MessageKey } from './fr.js';
import { coreDe } from './core/de.js';
import { reportMailsDe } from './report-mails/de.js';
import { permitsCitizenDe } from './permits/de.js';
import { permitsStaffDe } from './permits-staff/de.js';
import { permitMailsDe } from './permit-mails/de.js';
import { mapDe } from './map/de.js';
import { mapStaffDe } from './map-staff/de.js';
import { staffAdminDe } from './staff-admin/de.js';
import { auditStaffDe } from './audit-staff/de.js';
import { fieldShellDe } from './field-shell/de.js';
import { projectsStaffDe } from './projects-staff/de.js';
import { statsDe } from './stats/de.js';
import { mailConfirmationDe } from './mail-confirmation/de.js';
import { confirmationMailsDe } from './confirmation-mails/de.js';
import { privacyDe } from './privacy/de.js';
import { citizenSpaceDe } from './citizen-space/de.js';
import { citizenAccountDe } from './citizen-account/de.js';
import { citizenPasswordDe } from './citizen-password/de.js';
import { citizenFederationDe } from './citizen-federation/de.js';
import { staffAuthDe } from './staff-auth/de.js';
import { backofficeDe } from './backoffice/de.js';
import { workTasksDe } from './work-tasks/de.js';
import { worksitesDe } from './worksites/de.js';
import { collectionsDe } from './collections/de.js';
import { appointmentsDe } from './appointments/de.js';
import { appointmentsStaffDe } from './appointments-staff/de.js';
import { collectionsStaffDe } from './collections-staff/de.js';
import { collectionMailsDe } from './collection-mails/de.js';
import { worksMailsDe } from './works-mails/de.js';
import { appointmentMailsDe } from './appointment-mails/de.js';
import { recurringDe } from './recurring/de.js';
import { notificationsDe } from './notifications/de.js';
import { liveDe } from './live/de.js';
import { pushDe } from './push/de.js';
import { fieldDe } from './field/de.js';
import { counterDe } from './counter/de.js';
import { reportFeedbackDe } from './report-feedback/de.js';
import { addressesDe } from './addresses/de.js';
import { addressImportDe } from './address-import/de.js';
import { reportFormPageDe } from './report-form-page/de.js';
import { noscriptDe } from './noscript/de.js';
import { newsDe } from './news/de.js';

export const de: Record<MessageKey, string> = {
  ...coreDe,
  ...reportMailsDe,
  ...permitsCitizenDe,
  ...permitsStaffDe,
  ...permitMailsDe,
  ...mapDe,
  ...mapStaffDe,
  ...staffAdminDe,
  ...auditStaffDe,
  ...fieldShellDe,
  ...projectsStaffDe,
  ...statsDe,
  ...mailConfirmationDe,
  ...confirmationMailsDe,
  ...privacyDe,
  ...citizenSpaceDe,
  ...citizenAccountDe,
  ...citizenPasswordDe,
  ...citizenFederationDe,
  ...staffAuthDe,
  ...backofficeDe,
  ...workTasksDe,
  ...worksitesDe,
  ...collectionsDe,
  ...appointmentsDe,
  ...appointmentsStaffDe,
  ...collectionsStaffDe,
  ...collectionMailsDe,
  ...worksMailsDe,
  ...appointmentMailsDe,
  ...recurringDe,
  ...notificationsDe,
  ...liveDe,
  ...pushDe,
  ...fieldDe,
  ...counterDe,
  ...reportFeedbackDe,
  ...addressesDe,
  ...addressImportDe,
  ...reportFormPageDe,
  ...noscriptDe,
  ...newsDe,
};
