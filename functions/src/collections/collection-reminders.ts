/**
 * Citizens reminded by e-mail the evening before their zone's collections (docs/collections.md):
 *   POST   /api/{c}/collections/reminders        { email, zone, locale } → 202, the same answer whatever the address's state
 *   DELETE /api/{c}/collections/reminders/{key}  the unsubscribe link's key (`<zone>.<address hash>.<secret>`) → 204
 * The address is confirmed first (docs/mail-confirmation.md, kind `collections`, code = the zone): signing up sends the
 * fixed-text confirmation mail only; the welcome, then each evening's mail, go out once its owner confirms. Signing
 * up again changes nothing. The sign-up and the link are those of following a works site (notify/mail-subscription.ts).
 */
import {
  CollectionReminderInput,
  REMINDER_KEY_PATTERN,
  collectionReminderItem,
  collectionReminderKeys,
  keys,
  mailSentKey,
  type WatchAnswer,
} from '@tandem/shared';
import { apiHandler, json, notFound, parseBody, pathParam, unprocessable } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { newUnsubscribeSecret, subscribeOnce, unsubscribe } from '../notify/mail-subscription.js';
import { clock } from '../lib/clock.js';
import { routeOf } from '../lib/route-of.js';
import { addressHash } from '../notify/mail-address.js';
import { streetsItem } from './collection-store.js';
import { getReminder } from './reminder-store.js';
import { remindWelcome, welcomeMarker } from './send-reminders.js';

export const handler = apiHandler(async (event) => {
  const reg = await communeFromPath(event);
  const commune = reg.config.id;
  const which = routeOf<'collections/collection-reminders', 'subscribe' | 'leave'>(event, {
    'POST /api/{commune}/collections/reminders': 'subscribe',
    'DELETE /api/{commune}/collections/reminders/{key}': 'leave',
  });

  if (which === 'leave') {
    const key = pathParam(event, 'key');
    if (!REMINDER_KEY_PATTERN.test(key)) throw notFound('no unsubscribe link like this: check that the whole link was copied');
    const [zone, hash, secret] = key.split('.');
    // The address's confirmation for this zone and its welcome marker go too.
    return unsubscribe(await getReminder(commune, zone, hash), secret, [
      collectionReminderKeys.reminder(commune, zone, hash),
      keys.mailAddressRequest(commune, hash, 'collections', zone),
      mailSentKey(collectionReminderKeys.zonePk(commune, zone), welcomeMarker(hash)),
    ]);
  }

  const input = parseBody(event, CollectionReminderInput);
  const streets = await streetsItem(commune);
  if (!streets?.zones[input.zone]) throw unprocessable('no zone of this commune has this id', [{ name: 'zone', reason: 'unknown zone' }]);
  const hash = addressHash(input.email);
  await subscribeOnce(
    collectionReminderItem({
      commune,
      zone: input.zone,
      email: input.email,
      addressHash: hash,
      locale: input.locale,
      unsubscribeSecret: newUnsubscribeSecret(),
      createdAt: clock.iso(),
    }),
  );
  await remindWelcome({ commune, zone: input.zone, addressHash: hash });
  const body: WatchAnswer = { status: 'check-your-mail' };
  return json(202, body, { 'cache-control': 'no-store' });
});
