import { UploadRequestInput, uploadLimitProblem } from '@tandem/shared';
import { HttpError, apiHandler, json, parseBody } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { uploadTicket } from './photos.js';

/** POST /api/{commune}/uploads: a presigned POST for one photo or document, limited in type and size. */
export const handler = apiHandler(async (event) => {
  const reg = await communeFromPath(event);
  const input = parseBody(event, UploadRequestInput);
  const p = uploadLimitProblem(input);
  if (p)
    throw new HttpError(p.status, p.status === 413 ? 'this file is too large' : 'this type of file is not accepted', [
      { name: p.name, reason: p.reason },
    ]);
  return json(201, await uploadTicket(reg.config.id, input.contentType, input.purpose));
});
