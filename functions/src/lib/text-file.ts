/**
 * A file sent as the request's body (an import: the address register, a collection calendar): its type checked (415
 * naming content-type), its size (413) and its encoding (UTF-8, else 422) before any reader sees it.
 */
import { HttpError, header, unprocessable, type ApiEvent } from './http.js';

/** The body as UTF-8 text, if its content type is one of `types` (e.g. text/csv) and it holds at most `maxBytes`. */
export function uploadedText(
  event: ApiEvent,
  types: readonly string[],
  maxBytes: number,
  tooLarge: string,
): { text: string; type: string } {
  const sent = (header(event, 'content-type') ?? '').toLowerCase();
  const type = types.find((t) => new RegExp(`^${t.replace('/', '\\/')}\\b`).test(sent));
  if (!type)
    throw new HttpError(415, `send the file as ${types.join(' or ')}`, [{ name: 'content-type', reason: `must be ${types.join(' or ')}` }]);
  const bytes = Buffer.from(event.body ?? '', event.isBase64Encoded ? 'base64' : 'utf8');
  if (bytes.length > maxBytes) throw new HttpError(413, tooLarge);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), type };
  } catch {
    throw unprocessable('the file is not UTF-8 text', [{ name: '(body)', reason: 'not UTF-8' }]);
  }
}
