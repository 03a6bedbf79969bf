/**
 * Citizens reminded by e-mail the evening before their zone's collections (docs/collections.md):
 *   POST   /api/{c}/collections/reminders        { email, zone, locale } → 202, the same answer whatever the address's state
 *   DELETE /api/{c}/collections/reminders/{key}  the unsubscribe link's key (`<zone>.<address hash>.<secret>`) → 204
 * The address is confirmed first (docs/mail-confirmation.md, kind `collections`, code = the zone): signing up sends the
 * fixed-text confirmation mail only; the welcome, then each evening's mail, go out once its owner confirms. Signing
 * up again changes nothing. As following a works site (worksites/watch-works.ts), whose shape this keeps.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import {
  CollectionReminderInput,
  REMINDER_KEY_PATTERN,
  collectionReminderItem,
  collectionReminderKeys,
  keys,
  mailSentKey,
  type WatchAnswer,
} from '@tandem/shared';
import { isConditionFailure } from '../lib/condition-failure.js';
import { apiHandler, json, notFound, parseBody, pathParam, unprocessable } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { ddb, env } from '../lib/aws.js';
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
    const r = await getReminder(commune, zone, hash);
    // Gone already, or a wrong secret: the same answer, so that the link tells no one whether an address is reminded.
    if (r && timingSafeEqual(Buffer.from(r.unsubscribeSecret), Buffer.from(secret))) {
      // The address's confirmation for this zone and its welcome marker go too: signing up again starts afresh.
      const TableName = env().tableName;
      await ddb().send(
        new TransactWriteCommand({
          TransactItems: [
            { Delete: { TableName, Key: collectionReminderKeys.reminder(commune, zone, hash) } },
            { Delete: { TableName, Key: keys.mailAddressRequest(commune, hash, 'collections', zone) } },
            { Delete: { TableName, Key: mailSentKey(collectionReminderKeys.zonePk(commune, zone), welcomeMarker(hash)) } },
          ],
        }),
      );
    }
    return { statusCode: 204, headers: { 'cache-control': 'no-store' }, body: '' };
  }

  const input = parseBody(event, CollectionReminderInput);
  const streets = await streetsItem(commune);
  if (!streets?.zones[input.zone]) throw unprocessable('no zone of this commune has this id', [{ name: 'zone', reason: 'unknown zone' }]);
  const hash = addressHash(input.email);
  try {
    await ddb().send(
      new PutCommand({
        TableName: env().tableName,
        Item: collectionReminderItem({
          commune,
          zone: input.zone,
          email: input.email,
          addressHash: hash,
          locale: input.locale,
          unsubscribeSecret: randomBytes(32).toString('base64url'),
          createdAt: clock.iso(),
        }),
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  } catch (e) {
    if (!isConditionFailure(e)) throw e;
    // Already signed up (or pending): the gate below holds or resends nothing new.
  }
  await remindWelcome({ commune, zone: input.zone, addressHash: hash });
  const body: WatchAnswer = { status: 'check-your-mail' };
  return json(202, body, { 'cache-control': 'no-store' });
});
