/** Uploads (photos, documents): ask the API for a presigned POST, then send the file straight to the bucket. */
import type { UploadTicket } from '@tandem/shared/schemas/report';
import { apiFetch, apiPath, ApiError, NetworkError } from './api';

/** One file to the bucket; `purpose` is sent only when it is not a photo (the photo body stays as it was). */
export async function uploadFile(commune: string, blob: Blob, opts: { filename: string; purpose?: 'document' }): Promise<string> {
  const ticket = await apiFetch<UploadTicket>(apiPath(commune, 'uploads'), {
    method: 'POST',
    body: JSON.stringify({ contentType: blob.type || 'image/jpeg', size: blob.size, ...(opts.purpose ? { purpose: opts.purpose } : {}) }),
  });
  const form = new FormData();
  for (const [k, v] of Object.entries(ticket.fields)) form.append(k, v);
  form.append('file', blob, opts.filename);
  let res: Response;
  try {
    res = await fetch(ticket.url, { method: 'POST', body: form });
  } catch (e) {
    throw new NetworkError(String(e));
  }
  if (!res.ok) throw new ApiError(res.status, undefined);
  return ticket.key;
}

export function uploadPhoto(commune: string, blob: Blob): Promise<string> {
  return uploadFile(commune, blob, { filename: 'photo.jpg' });
}

/** A document joined to a permit request (PDF, JPEG or PNG). */
export function uploadDocument(commune: string, file: File): Promise<string> {
  return uploadFile(commune, file, { filename: file.name || 'document', purpose: 'document' });
}
