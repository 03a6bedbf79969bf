/**
 * The single table, defined once: CDK creates it from this, the local runtime creates the same table in
 * DynamoDB Local, and the stores build their keys with the helpers below. Every key starts with the
 * commune (C#<commune>#…), except the platform-wide list of communes.
 * Each entity's keys, index keys and stored shape live in its own module under `entities/`.
 */
import {
  auditEntryKeys,
  byDate,
  communeRegistrationKeys,
  idempotencyKeys,
  mailConfirmationKeys,
  mapItemKeys,
  open311KeyKeys,
  totpSetupKeys,
  opinionKeys,
  permitCounterKeys,
  permitKeyKeys,
  permitKeys,
  personalDataKeys,
  reportKeys,
  TIMELINE_PREFIX,
  taskKeys,
  projectKeys,
  workFollowKeys,
  recurrenceKeys,
  statsDayKeys,
  realtimeKeys,
  notificationKeys,
  citizenKeys,
  addressKeys,
  newsKeys,
  collectionKeys,
  appointmentKeys,
} from './entities/index.js';

export const TABLE_KEYS = { partitionKey: 'pk', sortKey: 'sk' } as const;
export const TABLE_TTL_ATTRIBUTE = 'expiresAt';
export const TABLE_STREAM_VIEW = 'NEW_IMAGE' as const;

export interface GsiDef {
  name: string;
  partitionKey: string;
  sortKey: string;
}
/**
 * gsi1: all reports / submitted permits newest first (inbox, Open311 window). gsi2: reports / permits by state.
 * gsi3 (sparse): open reports by geohash cell; opinions a department still owes; closed requests whose
 * personal data awaits erasure (entities/personal-data.ts).
 */
export const TABLE_GSIS: readonly GsiDef[] = [
  { name: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
  { name: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
  { name: 'gsi3', partitionKey: 'gsi3pk', sortKey: 'gsi3sk' },
];

/**
 * Every entity's key builders in one object (each is defined in its module under `entities/`, with the
 * entity's stored shape): `keys.report(c, code)`, `keys.mapLive(c)`…
 */
export const keys = {
  ...communeRegistrationKeys,
  ...reportKeys,
  timelinePrefix: TIMELINE_PREFIX,
  ...idempotencyKeys,
  ...permitKeys,
  ...permitKeyKeys,
  ...opinionKeys,
  ...permitCounterKeys,
  ...mapItemKeys,
  ...open311KeyKeys,
  ...auditEntryKeys,
  ...mailConfirmationKeys,
  ...personalDataKeys,
  ...totpSetupKeys,
  ...taskKeys,
  ...projectKeys,
  ...workFollowKeys,
  ...recurrenceKeys,
  ...statsDayKeys,
  ...realtimeKeys,
  ...notificationKeys,
  ...citizenKeys,
  ...addressKeys,
  ...newsKeys,
  ...collectionKeys,
  ...appointmentKeys,
  byDate,
};
