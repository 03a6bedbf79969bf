/**
 * The daily e-mail digest (docs/notifications.md): from the first hourly run at or after DIGEST_HOUR (Brussels), each
 * staff member who chose the digest (the default) and has unread notifications of the day (the 24 hours up to
 * DIGEST_HOUR: nothing falls between two digests) gets one mail listing them,
 * in French (the administration's language), with links to the centre and to the preferences. Ids and kinds only: no
 * text anyone typed. One mail a day per person, whatever the retries (sendOnce's marker in the person's partition).
 */
import {
  ROLE_GROUPS,
  STAFF_CUSTOM_ATTRIBUTES,
  STAFF_ROLES,
  brusselsWallToMs,
  addDays,
  formatDayInWords,
  notificationKeys,
  type CommuneRegistration,
  type NotificationItem,
} from '@tandem/shared';
import { fillMessage } from '@tandem/shared/i18n/fill';
import { DIGEST_HOUR } from '@tandem/shared/notifications/notification-kinds';
import { notificationsFr, type NotificationsKey } from '@tandem/shared/i18n/notifications/fr';
import { env } from '../lib/aws.js';
import { members } from '../work/people-directory.js';
import { sendOnce } from '../notify/send-once.js';
import { getDelivery, unreadBetween } from './notification-store.js';

const say = (key: NotificationsKey, vars: Record<string, string | number> = {}) => fillMessage(notificationsFr[key], vars);

interface Addressee {
  sub: string;
  email: string;
  name: string;
}

/** Every enabled staff member with an address (the role groups' members: one ListUsersInGroup per group). */
async function addressees(reg: CommuneRegistration): Promise<Addressee[]> {
  const bySub = new Map<string, Addressee>();
  for (const role of STAFF_ROLES) {
    for (const u of await members(reg.auth.staffPoolId, ROLE_GROUPS[role])) {
      const attr = (n: string) => u.Attributes?.find((a) => a.Name === n)?.Value;
      const sub = attr('sub');
      const email = attr('email');
      if (u.Enabled === false || !sub || !email) continue;
      bySub.set(sub, { sub, email, name: attr(`custom:${STAFF_CUSTOM_ATTRIBUTES.displayName}`) ?? email });
    }
  }
  return [...bySub.values()];
}

/** The mail for one person's unread notifications of `day` (pure: tested without a mailer). */
export function composeDigest(
  reg: Pick<CommuneRegistration['config'], 'id' | 'name'>,
  person: { name: string },
  day: string,
  items: readonly Pick<NotificationItem, 'kind' | 'item' | 'actorSub'>[],
  nameOf: (sub: string) => string | undefined,
  baseUrl: string,
): { subject: string; text: string } {
  const centre = `${baseUrl}/${reg.id}/agents/notifications/`;
  const lines = items.map((n) => {
    const actor = n.actorSub ? nameOf(n.actorSub) : undefined;
    const what = `${say(`notifications.kind.${n.kind}`)} : ${say(`notifications.item.${n.item.kind}`, { id: n.item.id })}`;
    return `- ${what}${actor ? ` (${say('notifications.by', { actor })})` : ''}`;
  });
  const dayWords = formatDayInWords(day, 'fr');
  return {
    subject: say('notifications.mail.subject', { commune: reg.name, day: dayWords }),
    text: [
      say('notifications.mail.intro', { name: person.name, n: items.length }),
      '',
      ...lines,
      '',
      say('notifications.mail.open', { url: centre }),
      '',
      say('notifications.mail.prefs', { url: `${centre}#preferences` }),
    ].join('\n'),
  };
}

export async function sendDigests(reg: CommuneRegistration, day: string): Promise<{ mailed: number; alreadyMailed: number }> {
  const commune = reg.config.id;
  const hour = `${String(DIGEST_HOUR).padStart(2, '0')}:00`;
  const from = new Date(brusselsWallToMs(addDays(day, -1), hour)).toISOString();
  const to = `${new Date(brusselsWallToMs(day, hour) - 1).toISOString()}~`;
  const people = await addressees(reg);
  const names = new Map(people.map((p) => [p.sub, p.name]));
  const result = { mailed: 0, alreadyMailed: 0 };
  for (const person of people) {
    const { delivery } = await getDelivery(commune, person.sub);
    if (delivery !== 'digest') continue;
    const items = await unreadBetween(commune, person.sub, from, to);
    if (!items.length) continue;
    const mail = composeDigest(reg.config, person, day, items, (s) => names.get(s), env().publicBaseUrl);
    const outcome = await sendOnce(notificationKeys.notificationsPk(commune, person.sub), `DIGEST#${day}`, {
      id: `${commune}-digest-${day}-${person.sub}`,
      to: person.email,
      ...mail,
      tags: { commune, kind: 'notification_digest', audience: 'staff', day },
    });
    if (outcome === 'sent') result.mailed++;
    else result.alreadyMailed++;
  }
  return result;
}
