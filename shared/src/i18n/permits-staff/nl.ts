import type { PermitsStaffKey } from './fr.js';
export const permitsStaffNl: Record<PermitsStaffKey, string> = {
};
