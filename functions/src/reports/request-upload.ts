import { UploadRequestInput } from '@tandem/shared';
import { HttpError, apiHandler, json, parseBody } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { uploadTicket } from './photos.js';

/** POST /api/{commune}/uploads: a presigned POST for one photo, limited in type and size. */
export const handler = apiHandler(async (event) => {
  const reg = await communeFromPath(event);
  const body = event.body ?? '';
  // Refuse early (before validation) declared sizes or types that cannot be stored, with the right status.
  const peek = safeJson(body);
  if (peek && typeof peek.size === 'number' && peek.size > 0 && UploadRequestInput.shape.size.safeParse(peek.size).success === false) {
    throw new HttpError(413, 'this photo is too large', [{ name: 'size', reason: 'too large' }]);
  }
  if (peek && typeof peek.contentType === 'string' && !UploadRequestInput.shape.contentType.safeParse(peek.contentType).success) {
    throw new HttpError(415, 'only JPEG, PNG or WebP photos are accepted', [{ name: 'contentType', reason: 'unsupported type' }]);
  }
  const input = parseBody(event, UploadRequestInput);
  return json(201, await uploadTicket(reg.config.id, input.contentType));
});

function safeJson(s: string): Record<string, unknown> | undefined {
  try {
    const v = JSON.parse(s);
    return v && typeof v === 'object' ? v : undefined;
  } catch {
    return undefined;
  }
}
