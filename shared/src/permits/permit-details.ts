/**
 * What a requester fills in, per permit kind, as zod schemas: the API validates with them and the
 * citizen forms check with them as you type. Personal data (the requester) is kept apart from the
 * request's public details, which may appear on the tracking page, the poster and the map.
 */
import * as z from 'zod';
import { plainText } from '../plain-text.js';
import { ISO_DATE_PATTERN, isValidIsoDate } from './calendar.js';
import { bucketKeyPatterns } from '../storage.js';
import { PHONE_PATTERN } from '../counter/contact-key.js';
import {
  ATTACHMENT_TYPES,
  EVENT_NEEDS,
  OCCUPATION_USES,
  ORGANISER_TYPES,
  PERMIT_KINDS,
  organisationRequired,
  type OrganiserType,
} from './permit-vocabulary.js';

export { ATTACHMENT_TYPES, EVENT_NEEDS, OCCUPATION_USES, ORGANISER_TYPES, PERMIT_KINDS, organisationRequired, type OrganiserType };

export const IsoDateSchema = z
  .string()
  .regex(ISO_DATE_PATTERN, 'date au format AAAA-MM-JJ')
  .refine(isValidIsoDate, 'cette date n’existe pas');
export const TimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'heure au format HH:MM');

export const Position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
export type Position = z.infer<typeof Position>;

/** The place drawn on the map: a point, a line (a parade, a length of street) or an area (GeoJSON, lng/lat). */
export const PermitGeometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Point'), coordinates: Position }),
  z.object({ type: z.literal('LineString'), coordinates: z.array(Position).min(2, 'une ligne a deux points au moins').max(500) }),
  z.object({
    type: z.literal('Polygon'),
    coordinates: z
      .array(z.array(Position).min(4, 'une zone a trois points au moins').max(500))
      .length(1, 'une seule zone, sans trou')
      .refine((rings) => {
        const r = rings[0];
        if (!r?.length) return true; // an empty ring is reported by the size checks above
        return r[0][0] === r[r.length - 1][0] && r[0][1] === r[r.length - 1][1];
      }, 'la zone doit être fermée'),
  }),
]);
export type PermitGeometry = z.infer<typeof PermitGeometry>;

export const PermitPeriod = z.object({
  start: IsoDateSchema,
  end: IsoDateSchema,
  startTime: TimeSchema.optional(),
  endTime: TimeSchema.optional(),
});
export type PermitPeriod = z.infer<typeof PermitPeriod>;

export const PermitPlace = z.object({
  /** Street and number, or a place's name: shown on the poster and the map. */
  label: plainText().trim().min(3, 'indiquez l’adresse ou le lieu').max(200),
  geometry: PermitGeometry,
});
export type PermitPlace = z.infer<typeof PermitPlace>;

export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];
const UPLOAD_KEY = bucketKeyPatterns.upload();
const KEPT_ATTACHMENT_KEY = bucketKeyPatterns.permitAttachment();
export const Attachment = z.object({
  type: z.enum(ATTACHMENT_TYPES),
  /** An upload key returned by POST /api/{commune}/uploads (purpose "document"), or one this request already keeps. */
  key: z
    .string()
    .max(200)
    .refine((k) => UPLOAD_KEY.test(k) || KEPT_ATTACHMENT_KEY.test(k), 'pas un document envoyé sur cette plateforme'),
  name: plainText().trim().min(1).max(120),
});
export type Attachment = z.infer<typeof Attachment>;

export type EventNeed = (typeof EVENT_NEEDS)[number];

export const EventDetails = z.object({
  title: plainText().trim().min(3, 'donnez un nom à l’évènement').max(120),
  description: plainText().trim().max(2000).default(''),
  organiser: z
    .object({
      type: z.enum(ORGANISER_TYPES),
      /** The association's or company's name (public; the holder of the authorisation); empty for a citizen. */
      name: plainText().trim().max(120).default(''),
    })
    .superRefine((o, ctx) => {
      if (organisationRequired(o.type) && o.name.length < 2) {
        ctx.addIssue({ code: 'custom', path: ['name'], message: 'indiquez le nom de l’association ou de l’entreprise' });
      }
    }),
  period: PermitPeriod,
  place: PermitPlace,
  attendance: z.number().int().min(1, 'au moins 1 personne').max(200_000),
  needs: z.array(z.enum(EVENT_NEEDS)).max(EVENT_NEEDS.length).default([]),
  attachments: z.array(Attachment).max(10).default([]),
});
export type EventDetails = z.infer<typeof EventDetails>;

export type OccupationUse = (typeof OCCUPATION_USES)[number];

export const OccupationDetails = z.object({
  use: z.enum(OCCUPATION_USES),
  description: plainText().trim().max(2000).default(''),
  period: PermitPeriod,
  place: PermitPlace,
  /** Length of street occupied, in metres (the fee counts it). */
  lengthMetres: z.number().min(1, 'au moins 1 mètre').max(500),
  /** The company doing the works or the move, if any (public on the poster). */
  contractor: plainText().trim().max(120).default(''),
  attachments: z.array(Attachment).max(10).default([]),
});
export type OccupationDetails = z.infer<typeof OccupationDetails>;

/** Who asks: personal data, shown only to the requester and to staff, never on public pages or feeds. */
export const Requester = z.object({
  name: plainText().trim().min(2, 'indiquez votre nom').max(120),
  email: plainText().trim().email('adresse e-mail non valide').max(200),
  phone: z.string().trim().regex(PHONE_PATTERN, 'numéro de téléphone non valide').optional(),
  address: plainText().trim().max(200).optional(),
  /**
   * The association or company the person asks for, if any: it holds the authorisation, the person being its
   * contact. For an event organised by one, it is the organiser's name (see requesterWithOrganisation).
   */
  organisation: plainText().trim().min(2, 'au moins 2 caractères').max(120).optional(),
});
export type Requester = z.infer<typeof Requester>;

export type PermitKind = (typeof PERMIT_KINDS)[number];

export const DETAILS_SCHEMAS = { event: EventDetails, occupation: OccupationDetails } as const;

/**
 * The requester as stored: an event organised by an association or a company names it as the requester's
 * organisation (the holder); otherwise what the person typed (an occupation may be asked for a company).
 */
export function requesterWithOrganisation(kind: PermitKind, details: Partial<EventDetails>, requester: Requester): Requester {
  const organiser = kind === 'event' ? details.organiser : undefined;
  if (organiser && organisationRequired(organiser.type) && organiser.name) return { ...requester, organisation: organiser.name };
  if (organiser) {
    const { organisation: _dropped, ...person } = requester;
    return person;
  }
  return requester;
}
export type PermitDetails = EventDetails | OccupationDetails;
export type DetailsOf<K extends PermitKind> = K extends 'event' ? EventDetails : OccupationDetails;
