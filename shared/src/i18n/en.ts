import type { MessageKey } from './fr.js';
import { coreEn } from './core/en.js';
import { permitsCitizenEn } from './permits/en.js';
import { permitsStaffEn } from './permits-staff/en.js';
import { permitMailsEn } from './permit-mails/en.js';
import { mapEn } from './map/en.js';
import { mapStaffEn } from './map-staff/en.js';
import { staffAdminEn } from './staff-admin/en.js';
import { auditStaffEn } from './audit-staff/en.js';
import { statsEn } from './stats/en.js';
import { mailConfirmationEn } from './mail-confirmation/en.js';
import { privacyEn } from './privacy/en.js';
import { staffAuthEn } from './staff-auth/en.js';

export const en: Record<MessageKey, string> = {
  ...coreEn,
  ...permitsCitizenEn,
  ...permitsStaffEn,
  ...permitMailsEn,
  ...mapEn,
  ...mapStaffEn,
  ...staffAdminEn,
  ...auditStaffEn,
  ...statsEn,
  ...mailConfirmationEn,
  ...privacyEn,
  ...staffAuthEn,
};
