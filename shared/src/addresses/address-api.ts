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

/** How the import treats refused rows: the whole file is refused (default), or they are left out and listed. */
export const AddressImportQuery = z.object({
  refused: z
    .enum(['refuse-file', 'leave-out'])
    .default('refuse-file')
    .describe(
      'refuse-file (default): any refused row refuses the whole file (422). leave-out: the other rows are imported and the refused ones listed in the answer, if fewer than 20 problems and none in the header.',
    ),
});

export const RefusedAddressRow = z.object({
  line: z.number().int().describe('1-based, the header being line 1.'),
  column: z.string(),
  reason: z.string(),
  code: z.string().describe('The reason as a code (missing-street, bad-number, bad-postcode, bad-lat, bad-lng, outside-commune…).'),
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
  refused: z.array(RefusedAddressRow).describe('The rows left out (refused=leave-out only; else always empty).'),
});

/** GET /api/{c}/staff/addresses: the register in use (null before any import) and the import's limits. */
export const AddressRegisterState = z.object({
  register: z
    .object({
      version: z.string(),
      points: z.number().int(),
      streets: z.number().int(),
      importedAt: z.string(),
      importedBy: z.object({ name: z.string() }).optional().describe('Absent for a register written without a staff member.'),
    })
    .nullable(),
  limits: z.object({
    maxBytes: z.number().int().describe('The largest file the import takes.'),
    maxPoints: z.number().int().describe('The most numbered points a register may hold.'),
    maxProblems: z.number().int().describe('The most problems named; a file with as many cannot have them left out.'),
  }),
});
export type AddressRegisterState = z.infer<typeof AddressRegisterState>;
export type AddressImportResult = z.infer<typeof AddressImportResult>;
