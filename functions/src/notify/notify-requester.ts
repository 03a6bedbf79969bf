/**
 * Event bus target: e-mails a permit's requester when the request changes state or gets a public update,
 * in their language, with their private link. Sent once per event (see send-once.ts).
 */
import type { EventBridgeEvent } from 'aws-lambda';
import type { PermitEventDetail } from '@tandem/shared';
import { env } from '../lib/aws.js';
import { serveCommuneById } from '../communes/commune-store.js';
import { getPermitBundle } from '../permits/permit-store.js';
import { composeRequesterMail } from './compose-permit-mail.js';
import { sendOnce } from './send-once.js';
import { backgroundHandler } from '../lib/background-handler.js';

export type RequesterNotifyResult = 'sent' | 'already_sent' | 'not_notifiable' | 'unknown_permit';

export const handler = backgroundHandler(
  'notify/notify-requester',
  async (event: EventBridgeEvent<string, PermitEventDetail>): Promise<RequesterNotifyResult> => {
    const d = event.detail;
    const reg = await serveCommuneById(d.commune);
    const b = reg && (await getPermitBundle(d.commune, d.code));
    if (!reg || !b) return 'unknown_permit';
    const mail = composeRequesterMail(d, b.permit, b.key, reg.config, env().publicBaseUrl);
    if (!mail) return 'not_notifiable';
    return sendOnce(b.permit.pk, d.timelineId, {
      id: `${d.commune}-${d.code}-${d.timelineId}`,
      to: b.permit.requester.email,
      ...mail,
      tags: { commune: d.commune, code: d.code, kind: d.kind, audience: 'requester' },
    });
  },
);
