/**
 * French, the source of truth: every module's messages (one folder per module; a folder may spread a smaller one, e.g.
 * core/ spreads report-states/). Other locales must define every key (checked by the type). This whole set is for the
 * tests and `t` (index.ts); server code imports only the modules it uses (translator.ts), and the web loads the core and
 * only the modules a page uses (web/src/lib/messages/).
 */
import { coreFr } from './core/fr.js';
import { reportMailsFr } from './report-mails/fr.js';
import { permitsCitizenFr } from './permits/fr.js';
import { permitsStaffFr } from './permits-staff/fr.js';
import { permitMailsFr } from './permit-mails/fr.js';
import { mapFr } from './map/fr.js';
import { mapStaffFr } from './map-staff/fr.js';
import { staffAdminFr } from './staff-admin/fr.js';
import { auditStaffFr } from './audit-staff/fr.js';
import { fieldShellFr } from './field-shell/fr.js';
import { projectsStaffFr } from './projects-staff/fr.js';
import { statsFr } from './stats/fr.js';
import { mailConfirmationFr } from './mail-confirmation/fr.js';
import { confirmationMailsFr } from './confirmation-mails/fr.js';
import { privacyFr } from './privacy/fr.js';
import { citizenSpaceFr } from './citizen-space/fr.js';
import { citizenAccountFr } from './citizen-account/fr.js';
import { citizenPasswordFr } from './citizen-password/fr.js';
import { citizenFederationFr } from './citizen-federation/fr.js';
import { staffAuthFr } from './staff-auth/fr.js';
import { backofficeFr } from './backoffice/fr.js';
import { workTasksFr } from './work-tasks/fr.js';
import { worksitesFr } from './worksites/fr.js';
import { collectionsFr } from './collections/fr.js';
import { appointmentsFr } from './appointments/fr.js';
import { appointmentsStaffFr } from './appointments-staff/fr.js';
import { collectionsStaffFr } from './collections-staff/fr.js';
import { collectionMailsFr } from './collection-mails/fr.js';
import { worksMailsFr } from './works-mails/fr.js';
import { appointmentMailsFr } from './appointment-mails/fr.js';
import { recurringFr } from './recurring/fr.js';
import { notificationsFr } from './notifications/fr.js';
import { liveFr } from './live/fr.js';
import { pushFr } from './push/fr.js';
import { fieldFr } from './field/fr.js';
import { counterFr } from './counter/fr.js';
import { reportFeedbackFr } from './report-feedback/fr.js';
import { addressesFr } from './addresses/fr.js';
import { addressImportFr } from './address-import/fr.js';
import { reportFormPageFr } from './report-form-page/fr.js';
import { noscriptFr } from './noscript/fr.js';
import { newsFr } from './news/fr.js';

export const fr = {
  ...coreFr,
  ...reportMailsFr,
  ...permitsCitizenFr,
  ...permitsStaffFr,
  ...permitMailsFr,
  ...mapFr,
  ...mapStaffFr,
  ...staffAdminFr,
  ...auditStaffFr,
  ...fieldShellFr,
  ...projectsStaffFr,
  ...statsFr,
  ...mailConfirmationFr,
  ...confirmationMailsFr,
  ...privacyFr,
  ...citizenSpaceFr,
  ...citizenAccountFr,
  ...citizenPasswordFr,
  ...citizenFederationFr,
  ...staffAuthFr,
  ...backofficeFr,
  ...workTasksFr,
  ...worksitesFr,
  ...collectionsFr,
  ...appointmentsFr,
  ...appointmentsStaffFr,
  ...collectionsStaffFr,
  ...collectionMailsFr,
  ...worksMailsFr,
  ...appointmentMailsFr,
  ...recurringFr,
  ...notificationsFr,
  ...liveFr,
  ...pushFr,
  ...fieldFr,
  ...counterFr,
  ...reportFeedbackFr,
  ...addressesFr,
  ...addressImportFr,
  ...reportFormPageFr,
  ...noscriptFr,
  ...newsFr,
} as const;
export type MessageKey = keyof typeof fr;
