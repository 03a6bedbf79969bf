/**
 * Event bus target: e-mails a department when its opinion on a permit request is asked for, and when the
 * scheduler reminds it before the due date. Sent once per event (see send-once.ts).
 */
import type { EventBridgeEvent } from 'aws-lambda';
import type { PermitEventDetail } from '@tandem/shared';
import { env } from '../lib/aws.js';
import { serveCommuneById } from '../communes/commune-store.js';
import { getPermitBundle } from '../permits/permit-store.js';
import { composeDepartmentMail } from './compose-permit-mail.js';
import { sendOnce } from './send-once.js';
import { backgroundHandler } from '../lib/background-handler.js';

export type DepartmentNotifyResult = 'sent' | 'already_sent' | 'not_notifiable' | 'no_email' | 'unknown_permit';

export const handler = backgroundHandler(
  'notify/notify-department',
  async (event: EventBridgeEvent<string, PermitEventDetail>): Promise<DepartmentNotifyResult> => {
    const d = event.detail;
    const reg = await serveCommuneById(d.commune);
    const b = reg && (await getPermitBundle(d.commune, d.code));
    if (!reg || !b) return 'unknown_permit';
    const email = reg.config.departments.find((x) => x.code === d.department)?.email;
    if (!email) return 'no_email';
    const opinion = b.opinions.find((o) => o.department === d.department);
    const mail = composeDepartmentMail(d, b.permit, opinion?.due ?? '', reg.config, env().publicBaseUrl);
    if (!mail) return 'not_notifiable';
    return sendOnce(b.permit.pk, d.timelineId, {
      id: `${d.commune}-${d.code}-${d.timelineId}`,
      to: email,
      ...mail,
      tags: { commune: d.commune, code: d.code, kind: d.kind, audience: 'department', department: d.department! },
    });
  },
);
