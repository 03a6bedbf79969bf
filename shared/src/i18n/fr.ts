/**
 * French, the source of truth: the core messages and each module's (citizen permits, staff permits,
 * permit mails, citizen map, staff map, staff admin, audit log, mail confirmation, privacy, staff sign-in). Other locales must define every key (checked by the type). The server uses the whole
 * set; the web loads the core and only the modules a page uses (web/src/lib/messages.ts).
 */
import { coreFr } from './core/fr.js';
import { permitsCitizenFr } from './permits/fr.js';
import { permitsStaffFr } from './permits-staff/fr.js';
import { permitMailsFr } from './permit-mails/fr.js';
import { mapFr } from './map/fr.js';
import { mapStaffFr } from './map-staff/fr.js';
import { staffAdminFr } from './staff-admin/fr.js';
import { auditStaffFr } from './audit-staff/fr.js';
import { projectsStaffFr } from './projects-staff/fr.js';
import { statsFr } from './stats/fr.js';
import { mailConfirmationFr } from './mail-confirmation/fr.js';
import { privacyFr } from './privacy/fr.js';
import { staffAuthFr } from './staff-auth/fr.js';
import { backofficeFr } from './backoffice/fr.js';
import { workTasksFr } from './work-tasks/fr.js';
import { worksitesFr } from './worksites/fr.js';
import { recurringFr } from './recurring/fr.js';
import { notificationsFr } from './notifications/fr.js';

export const fr = {
  ...coreFr,
  ...permitsCitizenFr,
  ...permitsStaffFr,
  ...permitMailsFr,
  ...mapFr,
  ...mapStaffFr,
  ...staffAdminFr,
  ...auditStaffFr,
  ...projectsStaffFr,
  ...statsFr,
  ...mailConfirmationFr,
  ...privacyFr,
  ...staffAuthFr,
  ...backofficeFr,
  ...workTasksFr,
  ...worksitesFr,
  ...recurringFr,
  ...notificationsFr,
} as const;
export type MessageKey = keyof typeof fr;
