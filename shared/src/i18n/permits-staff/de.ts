import type { PermitsStaffKey } from './fr.js';
export const permitsStaffDe: Record<PermitsStaffKey, string> = {
};
