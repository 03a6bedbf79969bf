/**
 * Citizens follow a published works site by e-mail:
 *   POST   /api/{c}/works/{id}/watchers        { email, locale } → 202, the same answer whatever the address's state
 *   DELETE /api/{c}/works/{id}/watchers/{key}  the unsubscribe link's key (`<address hash>.<secret>`) → 204
 * The address is confirmed first (docs/mail-confirmation.md): signing up sends the fixed-text confirmation mail only;
 * the welcome mail, then each progress update, go out once its owner confirms. Signing up again changes nothing.
 */
import { WorkIdSchema } from '@tandem/shared/schemas/work';
import {
  UNSUBSCRIBE_KEY_PATTERN,
  WORKS_WATCHER_PREFIX,
  WatchInput,
  keys,
  mailSentKey,
  projectKeys,
  worksWatcherItem,
  worksWatcherKeys,
  type WatchAnswer,
} from '@tandem/shared';
import { apiHandler, json, notFound, parseBody, pathParam } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { newUnsubscribeSecret, subscribeOnce, unsubscribe } from '../notify/mail-subscription.js';
import { clock } from '../lib/clock.js';
import { routeOf } from '../lib/route-of.js';
import { addressHash } from '../notify/mail-address.js';
import { notifyWatchers } from './notify-watchers.js';
import { getProject, getWatcher, isPublished } from './works-store.js';

/** The welcome mail's sent-marker key, as notify-watchers.ts names it: the sign-up's key, then the address hash's start. */
const welcomeTimelineId = (hash: string) => `${WORKS_WATCHER_PREFIX}${hash}#${hash.slice(0, 16)}`;

export const handler = apiHandler(async (event) => {
  const reg = await communeFromPath(event);
  const commune = reg.config.id;
  const which = routeOf<'worksites/watch-works', 'watch' | 'leave'>(event, {
    'POST /api/{commune}/works/{id}/watchers': 'watch',
    'DELETE /api/{commune}/works/{id}/watchers/{key}': 'leave',
  });
  const id = pathParam(event, 'id');
  if (!WorkIdSchema.safeParse(id).success) throw notFound('no published works site has this id');

  if (which === 'leave') {
    const key = pathParam(event, 'key');
    if (!UNSUBSCRIBE_KEY_PATTERN.test(key)) throw notFound('no unsubscribe link like this: check that the whole link was copied');
    const [hash, secret] = key.split('.');
    // The address's confirmation for this site and its welcome marker go too.
    return unsubscribe(await getWatcher(commune, id, hash), secret, [
      worksWatcherKeys.watcher(commune, id, hash),
      keys.mailAddressRequest(commune, hash, 'works', id),
      mailSentKey(projectKeys.projectPk(commune, id), welcomeTimelineId(hash)),
    ]);
  }

  const input = parseBody(event, WatchInput);
  const project = await getProject(commune, id);
  if (!isPublished(project)) throw notFound('no published works site has this id');
  const hash = addressHash(input.email);
  const at = clock.iso();
  await subscribeOnce(
    worksWatcherItem({
      commune,
      projectId: id,
      email: input.email,
      addressHash: hash,
      locale: input.locale,
      unsubscribeSecret: newUnsubscribeSecret(),
      createdAt: at,
    }),
  );
  await notifyWatchers({ commune, projectId: id, at, timelineId: `${WORKS_WATCHER_PREFIX}${hash}`, addressHash: hash, welcome: true });
  const body: WatchAnswer = { status: 'check-your-mail' };
  return json(202, body, { 'cache-control': 'no-store' });
});
