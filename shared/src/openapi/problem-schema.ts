/** The RFC 9457 problem document every API error is (shared/src/problem.ts), as a schema for the OpenAPI document. */
import * as z from 'zod';
import type { InvalidParam, Problem } from '../problem.js';
import type { Assert, Same } from './type-match.js';

export const InvalidParamSchema = z.object({
  name: z.string().describe('The failing field ("location", "details.period.start", "photos.0"), query parameter or header.'),
  reason: z.string(),
});

export const ProblemSchema = z
  .looseObject({
    type: z.string().describe('"about:blank": the status says what kind of problem it is.'),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional().describe('What went wrong, for a person.'),
    instance: z.string().optional().describe('The request path.'),
    'invalid-params': z.array(InvalidParamSchema).optional().describe('Each failing field with its reason (RFC 9457 §3).'),
    currentVersion: z.number().int().optional().describe('409 on a versioned item: the version it has now.'),
    currentState: z.string().optional().describe('409: the state the item is in now.'),
  })
  .describe('RFC 9457 problem details (application/problem+json).');

export type ProblemMatches = Assert<Same<z.output<typeof InvalidParamSchema>, InvalidParam>>;
type Named = 'type' | 'title' | 'status' | 'detail' | 'instance' | 'invalid-params';
export type ProblemFits = Assert<Same<Pick<z.output<typeof ProblemSchema>, Named>, Pick<Problem, Named>>>;
