/**
 * Downloads a file from a staff route: the link cannot carry the bearer token, so the file is fetched with it
 * (withStaffToken, as staffFetch does) and handed to the browser as a blob.
 */
import { ApiError, apiPath, NetworkError } from '../../../lib/api';
import type { Problem } from '@tandem/shared/problem';
import { withStaffToken } from '../session';

/** The file's name from Content-Disposition, else `fallback`. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  return /filename="([^"]+)"/.exec(disposition ?? '')?.[1] ?? fallback;
}

export async function staffDownload(commune: string, rest: string, fallbackName: string): Promise<string> {
  const res = await withStaffToken(commune, async (token) => {
    let r: Response;
    try {
      r = await fetch(apiPath(commune, rest), { headers: { authorization: `Bearer ${token}` } });
    } catch (e) {
      throw new NetworkError(String(e));
    }
    if (!r.ok) {
      const problem = (await r.json().catch(() => undefined)) as Problem | undefined;
      throw new ApiError(r.status, problem);
    }
    return r;
  });
  const name = fileNameOf(res.headers.get('content-disposition'), fallbackName);
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser the time to start the download before the blob goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
