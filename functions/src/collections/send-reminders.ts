/**
 * The evening-before collection reminders (docs/collections.md). Scheduled hourly (SCHEDULES: `collection-reminders`):
 * from the first run at or after COLLECTION_REMINDER_TIME (Brussels), each confirmed address of each zone collected
 * tomorrow gets one mail listing tomorrow's kinds (a sent-marker per address and day: later runs send nothing more).
 * The instant is the event's (`now`, or the scheduler's `time`), so tests pass it and depend on no clock. Addresses not
 * confirmed yet get nothing (their welcome waits in the mail-confirmation gate). The welcome mail goes through here too
 * (`remindWelcome`): on sign-up, and replayed by the confirmation.
 */
import {
  COLLECTION_REMINDER_TIME,
  addDays,
  brusselsDate,
  brusselsIso,
  collectionReminderKeys,
  nextCollections,
  type CollectionKind,
  type CollectionReminderItem,
  type CommuneConfig,
} from '@tandem/shared';
import { env } from '../lib/aws.js';
import { clock } from '../lib/clock.js';
import { backgroundHandler } from '../lib/background-handler.js';
import { asCommune } from '../lib/tenant.js';
import { listCommunes, serveCommuneById } from '../communes/commune-store.js';
import { sendWhenConfirmed, type GatedMail, type GatedResult } from '../notify/send-when-confirmed.js';
import { sendOnce } from '../notify/send-once.js';
import { getAddressRequest } from '../notify/mail-confirmation-store.js';
import { composeReminderMail } from './compose-reminder-mail.js';
import { getReminder, remindersOf } from './reminder-store.js';
import { streetsItem, yearItem } from './collection-store.js';

/** What the confirmation replays: the sign-up of one address to one zone. */
export interface ReminderWelcomeDetail {
  commune: string;
  zone: string;
  addressHash: string;
}

export const welcomeMarker = (addressHash: string) => `WELCOME#${addressHash.slice(0, 16)}`;
const eveningMarker = (day: string, addressHash: string) => `EVENING#${day}#${addressHash.slice(0, 16)}`;

/** A reminder's mail through the gate's shape: the welcome when `tomorrow` is left out, else tomorrow's kinds. */
function reminderMail(
  config: Pick<CommuneConfig, 'id' | 'name'>,
  r: CollectionReminderItem,
  zoneName: string,
  timelineId: string,
  tomorrow?: { day: string; kinds: CollectionKind[] },
): GatedMail {
  const mail = composeReminderMail(
    {
      locale: r.locale,
      commune: { id: config.id, name: config.name },
      zone: { id: r.zone, name: zoneName },
      unsubscribeKey: `${r.zone}.${r.addressHash}.${r.unsubscribeSecret}`,
      sendTime: COLLECTION_REMINDER_TIME,
      ...(tomorrow ? { tomorrow } : {}),
    },
    env().publicBaseUrl,
  );
  return {
    config,
    kind: 'collections',
    code: r.zone,
    locale: r.locale,
    entityPk: collectionReminderKeys.zonePk(config.id, r.zone),
    timelineId,
    detail: { commune: config.id, zone: r.zone, addressHash: r.addressHash } satisfies ReminderWelcomeDetail,
    mail: {
      id: `${config.id}-collections-${r.zone}-${timelineId}`,
      to: r.email,
      ...mail,
      tags: { commune: config.id, code: r.zone, kind: tomorrow ? 'collection_reminder' : 'collection_welcome', audience: 'subscriber' },
    },
  };
}

/** The welcome of one sign-up: the confirmation mail first (the gate), the welcome itself once confirmed. */
export async function remindWelcome(d: ReminderWelcomeDetail): Promise<GatedResult | 'unknown'> {
  const reg = await serveCommuneById(d.commune);
  const r = reg && (await getReminder(d.commune, d.zone, d.addressHash));
  if (!reg || !r) return 'unknown';
  const streets = await streetsItem(d.commune);
  return sendWhenConfirmed(reminderMail(reg.config, r, streets?.zones[d.zone] ?? d.zone, welcomeMarker(d.addressHash)));
}

export interface EveningResult {
  sent: number;
  alreadySent: number;
  /** Addresses not confirmed yet: nothing sent. */
  unconfirmed: number;
}

/** One commune's evening: each zone collected tomorrow, each of its confirmed addresses. */
export async function remindCommune(config: Pick<CommuneConfig, 'id' | 'name'>, today: string, result: EveningResult): Promise<void> {
  const tomorrow = addDays(today, 1);
  const year = await yearItem(config.id, Number(tomorrow.slice(0, 4)));
  for (const [zone, days] of Object.entries(year?.zones ?? {})) {
    const kinds = nextCollections([days], tomorrow, 1).upcoming.find((u) => u.date === tomorrow)?.kinds;
    if (!kinds?.length) continue;
    for (const r of await remindersOf(config.id, zone)) {
      const record = await getAddressRequest({ commune: config.id, addressHash: r.addressHash, kind: 'collections', code: zone });
      if (record?.state !== 'confirmed') {
        result.unconfirmed++;
        continue;
      }
      // Confirmed (read just above): sent once, straight past the gate, which would read the same record again; an
      // evening's mail is never held for an address still to confirm.
      const m = reminderMail(config, r, days.name, eveningMarker(tomorrow, r.addressHash), { day: tomorrow, kinds });
      const sent = await sendOnce(m.entityPk, m.timelineId, m.mail);
      if (sent === 'sent') result.sent++;
      else result.alreadySent++;
    }
  }
}

/** The scheduler's event (`time`); `now` may be forced (ops, tests). */
export const handler = backgroundHandler(
  'collections/send-reminders',
  async (event: { time?: string; now?: string } = {}): Promise<EveningResult> => {
    const now = event.now ?? event.time ?? clock.iso();
    const result: EveningResult = { sent: 0, alreadySent: 0, unconfirmed: 0 };
    if (brusselsIso(now).slice(11, 16) < COLLECTION_REMINDER_TIME) return result;
    for (const reg of await listCommunes()) {
      // Each commune under its own tenant credentials.
      await asCommune(reg.config.id, () => remindCommune(reg.config, brusselsDate(now), result));
    }
    return result;
  },
);
