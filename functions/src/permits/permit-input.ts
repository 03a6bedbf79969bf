/** Validation of a request's details beyond their shape: the engine's rules, as 422 problems naming the fields. */
import {
  DETAILS_SCHEMAS,
  brusselsDate,
  checkPermitRequest,
  type CommuneConfig,
  type PermitDetails,
  type PermitKind,
  type PermitsConfig,
} from '@tandem/shared';
import { HttpError, validate } from '../lib/http.js';

/** The commune's permit settings, or 404 when it takes no permit request online (or not this kind). */
export function permitsConfigOf(config: CommuneConfig, kind?: PermitKind): PermitsConfig {
  const cfg = config.permits;
  if (!cfg || (kind && !cfg[kind].enabled)) throw new HttpError(404, `${config.name} does not take this request online`);
  return cfg;
}

/** Parses details sent for a kind (422 naming details.<field>). */
export function parseDetails(kind: PermitKind, raw: unknown): PermitDetails {
  return validate(DETAILS_SCHEMAS[kind], raw, 422, 'details') as PermitDetails;
}

/** Runs the submit rules (dates, lead time, place inside the commune, documents); 422 with every failure. */
/** `firstSubmittedAt`: a request sent back keeps the lead time of its first filing. */
export function assertSubmittable(
  config: CommuneConfig,
  kind: PermitKind,
  details: PermitDetails,
  firstSubmittedAt: string | undefined,
  now: Date,
): void {
  const cfg = permitsConfigOf(config, kind);
  const issues = checkPermitRequest(cfg, kind, details, {
    today: brusselsDate(now),
    area: config.map.boundary,
    ...(firstSubmittedAt ? { filedOn: brusselsDate(firstSubmittedAt) } : {}),
  });
  if (issues.length) {
    throw new HttpError(
      422,
      issues.map((i) => i.reason).join(' ; '),
      issues.map(({ name, reason }) => ({ name, reason })),
      {
        issues: issues.map(({ name, code, params }) => ({ name, code, ...(params ? { params } : {}) })),
      },
    );
  }
}
