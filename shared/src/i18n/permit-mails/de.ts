import type { PermitMailsKey } from './fr.js';
export const permitMailsDe: Record<PermitMailsKey, string> = {
};
