/**
 * Event bus target (rule `notify-works-watchers`): mails a works site's progress update to everyone following it.
 * Each mail passes the mail-confirmation gate (request kind `works`, code = the project's id): a watcher who has not
 * confirmed their address gets nothing but the fixed-text confirmation mail, and the update is held for them (only
 * the latest); confirming replays it through `notifyWatchers` with their address's hash. A sent-marker per watcher
 * and update makes a replayed event send nothing twice. Signing up goes through here too, with `welcome`.
 */
import type { EventBridgeEvent } from 'aws-lambda';
import { projectKeys, type WorksEventDetail, type WorksWatcherItem } from '@tandem/shared';
import { env } from '../lib/aws.js';
import { backgroundHandler } from '../lib/background-handler.js';
import { serveCommuneById } from '../communes/commune-store.js';
import { sendWhenConfirmed, type GatedResult } from '../notify/send-when-confirmed.js';
import { composeWatcherMail } from './compose-watcher-mail.js';
import { getActivity, getProject, getWatcher, isPublished, watchersOf } from './works-store.js';

export type WatchersResult = { sent: Partial<Record<GatedResult, number>> } | 'unknown_site' | 'not_progress';

export async function notifyWatchers(d: WorksEventDetail): Promise<WatchersResult> {
  const reg = await serveCommuneById(d.commune);
  const project = reg && (await getProject(d.commune, d.projectId));
  if (!reg || !isPublished(project)) return 'unknown_site';
  let progress: { at: string; text: string } | undefined;
  if (!d.welcome) {
    const item = await getActivity(d.commune, d.projectId, d.timelineId);
    if (item?.kind !== 'progress' || !item.public) return 'not_progress';
    progress = { at: item.at, text: item.text ?? '' };
  }
  const watchers: WorksWatcherItem[] = d.addressHash
    ? [await getWatcher(d.commune, d.projectId, d.addressHash)].filter((w): w is WorksWatcherItem => w !== undefined)
    : await watchersOf(d.commune, d.projectId);
  const sent: Partial<Record<GatedResult, number>> = {};
  for (const w of watchers) {
    const mail = composeWatcherMail(
      {
        locale: w.locale,
        commune: { id: reg.config.id, name: reg.config.name },
        site: { id: project.id, title: project.title },
        unsubscribeKey: `${w.addressHash}.${w.unsubscribeSecret}`,
        ...(progress ? { progress } : {}),
      },
      env().publicBaseUrl,
    );
    // One sent-marker per update and watcher: the update's key, then the watcher's address hash.
    const timelineId = `${d.timelineId}#${w.addressHash.slice(0, 16)}`;
    const result = await sendWhenConfirmed({
      config: reg.config,
      kind: 'works',
      code: project.id,
      locale: w.locale,
      entityPk: projectKeys.projectPk(d.commune, d.projectId),
      timelineId,
      detail: { ...d, addressHash: w.addressHash } satisfies WorksEventDetail,
      mail: {
        id: `${d.commune}-${project.id}-${timelineId}`,
        to: w.email,
        ...mail,
        tags: { commune: d.commune, code: project.id, kind: d.welcome ? 'works_welcome' : 'works_progress', audience: 'watcher' },
      },
    });
    sent[result] = (sent[result] ?? 0) + 1;
  }
  return { sent };
}

export const handler = backgroundHandler(
  'worksites/notify-watchers',
  async (event: EventBridgeEvent<string, WorksEventDetail>): Promise<WatchersResult> => notifyWatchers(event.detail),
);
