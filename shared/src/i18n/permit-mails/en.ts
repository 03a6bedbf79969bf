import type { PermitMailsKey } from './fr.js';
export const permitMailsEn: Record<PermitMailsKey, string> = {
};
