/** Key fragments every entity shares: the commune prefix that starts every key, and the date-first sort key of the lists. */

/** Every key starts with the commune (C#<commune>#…), except the platform-wide list of communes. */
export const communePrefix = (commune: string) => `C#${commune}#`;

/** Sort key shared by the gsi1/gsi2 lists: newest first when read backwards. */
export const byDate = (createdAt: string, code: string) => `${createdAt}#${code}`;
