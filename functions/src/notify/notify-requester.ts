/**
 * Event bus target: e-mails a permit's requester when the request changes state or gets a public update,
 * in their language, with their private link. Sent once per event (see send-once.ts). Until the requester
 * confirms their address, the mail is held and the address gets the fixed-text confirmation mail instead
 * (send-when-confirmed.ts); confirming replays the latest held event through `notifyRequester`.
 */
import type { EventBridgeEvent } from 'aws-lambda';
import { mailWanted, type PermitEventDetail } from '@tandem/shared';
import { accountMailSettings } from '../citizen/citizen-profile-store.js';
import { env } from '../lib/aws.js';
import { serveCommuneById } from '../communes/commune-store.js';
import { getPermitBundle } from '../permits/permit-store.js';
import { composeRequesterMail } from './compose-permit-mail.js';
import { sendWhenConfirmed, type GatedResult } from './send-when-confirmed.js';
import { backgroundHandler } from '../lib/background-handler.js';

/** `not_wanted`: the account's preferences turn this mail off (docs/citizen-space.md: never a mail of right). */
export type RequesterNotifyResult = GatedResult | 'not_notifiable' | 'unknown_permit' | 'no_email' | 'not_wanted';

export async function notifyRequester(d: PermitEventDetail): Promise<RequesterNotifyResult> {
  const reg = await serveCommuneById(d.commune);
  const b = reg && (await getPermitBundle(d.commune, d.code));
  if (!reg || !b) return 'unknown_permit';
  // Erased (retention or the person's request): nobody to write to.
  if (!b.permit.requester.email) return 'no_email';
  // Filed signed in: the account's choice of mails and language (docs/citizen-space.md).
  const settings = await accountMailSettings(d.commune, b.permit.account);
  if (settings && !mailWanted(settings.mails, 'permit', d)) return 'not_wanted';
  const locale = settings?.locale ?? b.permit.locale ?? 'fr';
  const mail = composeRequesterMail(d, { ...b.permit, locale }, b.key, reg.config, env().publicBaseUrl);
  if (!mail) return 'not_notifiable';
  return sendWhenConfirmed({
    config: reg.config,
    kind: 'permit',
    code: d.code,
    locale,
    entityPk: b.permit.pk,
    timelineId: d.timelineId,
    detail: d,
    mail: {
      id: `${d.commune}-${d.code}-${d.timelineId}`,
      to: b.permit.requester.email,
      ...mail,
      tags: { commune: d.commune, code: d.code, kind: d.kind, audience: 'requester' },
    },
  });
}

export const handler = backgroundHandler(
  'notify/notify-requester',
  async (event: EventBridgeEvent<string, PermitEventDetail>): Promise<RequesterNotifyResult> => notifyRequester(event.detail),
);
