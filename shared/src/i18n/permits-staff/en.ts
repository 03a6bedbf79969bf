import type { PermitsStaffKey } from './fr.js';
export const permitsStaffEn: Record<PermitsStaffKey, string> = {
};
