/** The address routes' queries and answers (docs/addresses.md): the handlers parse with these, the OpenAPI document shows them. */
import * as z from 'zod';

export const NearestAddressQuery = z.object({
  lat: z.coerce.number().min(-90).max(90),
  lng: z.coerce.number().min(-180).max(180),
});

export const AddressSearchQuery = z.object({
  /** What the person typed: « rue de la station 12 ». */
  q: z.string().trim().min(2).max(120),
});

export const AddressMatch = z.object({
  label: z.string().describe('The address in words: « Rue de la Station 12, 7060 Soignies ».'),
  street: z.string(),
  number: z
    .string()
    .optional()
    .describe('Absent when the street was found but not the number asked: the position is then the street’s middle.'),
  postcode: z.string(),
  locality: z.string().describe('The section (BeST postal name) if known, else the municipality.'),
  lat: z.number(),
  lng: z.number(),
  distance: z.number().optional().describe('Metres from the point asked (nearest only).'),
});

export const AddressMatches = z.object({
  /** Whether the commune has imported an address register at all (without one, matches is always empty). */
  register: z.boolean(),
  matches: z.array(AddressMatch),
});

export const AddressImportResult = z.object({
  version: z.string().describe('The register’s version: a hash of its points (the same file gives the same version).'),
  points: z.number().int(),
  streets: z.number().int(),
  skipped: z
    .number()
    .int()
    .describe('Rows left out on purpose: BeST rows whose status is not current, and boxes of a number already read.'),
  unchanged: z.boolean().describe('True when this register was already the one in use: nothing was written.'),
  importedAt: z.string(),
});
