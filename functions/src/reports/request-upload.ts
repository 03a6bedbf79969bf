import { UPLOAD_LIMITS, UploadRequestInput } from '@tandem/shared';
import { HttpError, apiHandler, json, parseBody } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { uploadTicket } from './photos.js';

/** POST /api/{commune}/uploads: a presigned POST for one photo or document, limited in type and size. */
export const handler = apiHandler(async (event) => {
  const reg = await communeFromPath(event);
  const input = parseBody(event, UploadRequestInput);
  const limits = UPLOAD_LIMITS[input.purpose];
  if (!limits.types.includes(input.contentType)) {
    throw new HttpError(415, `only ${limits.what} is accepted`, [{ name: 'contentType', reason: `one of ${limits.types.join(', ')}` }]);
  }
  if (input.size > limits.maxBytes) throw new HttpError(413, `this file is larger than ${limits.maxBytes} bytes`, [{ name: 'size', reason: 'too large' }]);
  return json(201, await uploadTicket(reg.config.id, input.contentType, input.purpose));
});
