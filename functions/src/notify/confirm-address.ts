/**
 * POST /api/{commune}/confirmations/{token}: the owner of an address opens the link of the confirmation mail
 * (through the page /{commune}/confirmer/). The address is then confirmed for that request, and the latest mail
 * held meanwhile goes out (replayed through its notifier, sent once per event). Idempotent: a retry answers
 * 200 with `alreadyConfirmed`. Unknown link: 404; expired before use: 410.
 */
import {
  MAIL_CONFIRMATION_TOKEN_PATTERN,
  type MailConfirmationResult,
  type PermitEventDetail,
  type ReportEventDetail,
  type WorksEventDetail,
} from '@tandem/shared';
import { apiHandler, HttpError, json, notFound, pathParam } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { confirmWithToken } from './mail-confirmation-store.js';
import { notifyReporter } from './notify-reporter.js';
import { notifyRequester } from './notify-requester.js';
import { notifyWatchers } from '../worksites/notify-watchers.js';
import { remindWelcome, type ReminderWelcomeDetail } from '../collections/send-reminders.js';

const UNKNOWN = 'no confirmation link like this: check that the whole link was copied';

export const handler = apiHandler(async (event) => {
  const reg = await communeFromPath(event);
  const token = pathParam(event, 'token');
  if (!MAIL_CONFIRMATION_TOKEN_PATTERN.test(token)) throw notFound(UNKNOWN);
  const r = await confirmWithToken(reg.config.id, token);
  if (r.outcome === 'unknown') throw notFound(UNKNOWN);
  if (r.outcome === 'expired')
    throw new HttpError(410, 'this confirmation link has expired: the next mail about the request brings a new one');
  const { request } = r;
  if (request.heldDetail) {
    const detail = JSON.parse(request.heldDetail);
    if (request.kind === 'report') await notifyReporter(detail as ReportEventDetail);
    else if (request.kind === 'works') await notifyWatchers(detail as WorksEventDetail);
    else if (request.kind === 'collections') await remindWelcome(detail as ReminderWelcomeDetail);
    else await notifyRequester(detail as PermitEventDetail);
  }
  const body: MailConfirmationResult = {
    kind: request.kind,
    code: request.code,
    confirmedAt: request.confirmedAt ?? '',
    alreadyConfirmed: r.alreadyConfirmed,
  };
  return json(200, body);
});
