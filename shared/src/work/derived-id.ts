/**
 * Ids derived from what makes an item, so that making it again makes the same id and a conditional put refuses the
 * second copy: a recurrence's task of a day, the project a permit's filing starts, that project's tasks. They look
 * like the other work ids (ABCD-1234, Crockford base32) and are spread evenly: 40 bits of a 53-bit string hash
 * (cyrb53, pure, the same in Node and the browser). Two different seeds meet once in about a million million, and
 * then the conditional put refuses the newcomer (the writers check the origin of what they find).
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function cyrb53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The work id (ABCD-1234) of a seed such as `recurrence#<id>#<day>`. */
export function derivedWorkId(seed: string): string {
  let n = cyrb53(seed);
  let s = '';
  for (let i = 0; i < 8; i++) {
    s += ALPHABET[n % 32];
    n = Math.floor(n / 32);
  }
  return `${s.slice(0, 4)}-${s.slice(4)}`;
}

/** The seeds, named once. */
export const derivedIds = {
  recurrenceTask: (recurrenceId: string, day: string) => derivedWorkId(`recurrence#${recurrenceId}#${day}`),
  permitProject: (permitCode: string) => derivedWorkId(`permit-process#${permitCode}`),
  projectStepTask: (projectId: string, stepId: string) => derivedWorkId(`project#${projectId}#step#${stepId}`),
  workOrder: (reportCode: string, requestKey: string) => derivedWorkId(`work-order#${reportCode}#${requestKey}`),
};
