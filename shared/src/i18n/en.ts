import type { MessageKey } from './fr.js';
import { coreEn } from './core/en.js';
import { permitsCitizenEn } from './permits/en.js';
import { permitsStaffEn } from './permits-staff/en.js';
import { permitMailsEn } from './permit-mails/en.js';
import { mapEn } from './map/en.js';
import { mapStaffEn } from './map-staff/en.js';
import { staffAuthEn } from './staff-auth/en.js';

export const en: Record<MessageKey, string> = {
  ...coreEn,
  ...permitsCitizenEn,
  ...permitsStaffEn,
  ...permitMailsEn,
  ...mapEn,
  ...mapStaffEn,
  ...staffAuthEn,
};
