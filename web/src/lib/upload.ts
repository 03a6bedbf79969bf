/** Photo upload: ask the API for a presigned POST, then send the file straight to the bucket. */
import type { UploadTicket } from '@tandem/shared/schemas/report';
import { apiFetch, apiPath, ApiError, NetworkError } from './api';

export async function uploadPhoto(commune: string, blob: Blob): Promise<string> {
  const ticket = await apiFetch<UploadTicket>(apiPath(commune, 'uploads'), {
    method: 'POST',
    body: JSON.stringify({ contentType: blob.type || 'image/jpeg', size: blob.size }),
  });
  const form = new FormData();
  for (const [k, v] of Object.entries(ticket.fields)) form.append(k, v);
  form.append('file', blob, 'photo.jpg');
  let res: Response;
  try {
    res = await fetch(ticket.url, { method: 'POST', body: form });
  } catch (e) {
    throw new NetworkError(String(e));
  }
  if (!res.ok) throw new ApiError(res.status, undefined);
  return ticket.key;
}
