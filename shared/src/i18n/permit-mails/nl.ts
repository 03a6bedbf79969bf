import type { PermitMailsKey } from './fr.js';
export const permitMailsNl: Record<PermitMailsKey, string> = {
};
