/** E-mails about permits (requester and departments). French is the source; the other locales must define every key. */
export const permitMailsFr = {
} as const;
export type PermitMailsKey = keyof typeof permitMailsFr;
