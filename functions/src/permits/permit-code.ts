import { TRACKING_CODE_PATTERN, normaliseTrackingCode } from '@tandem/shared';
import { notFound, pathParam, type ApiEvent } from '../lib/http.js';

/** The permit code in the path, normalised (404 when it cannot be a code). */
export function permitCodeFromPath(event: ApiEvent): string {
  const code = normaliseTrackingCode(pathParam(event, 'code'));
  if (!TRACKING_CODE_PATTERN.test(code)) throw notFound('no request has this code');
  return code;
}
