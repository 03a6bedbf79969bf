/**
 * Downloads a file from a staff route: the link cannot carry the bearer token, so the file is fetched with it (as
 * staffFetch sends it, refreshing a token about to expire and once more on a 401) and handed to the browser as a blob.
 */
import { ApiError, apiPath, NetworkError } from '../../../lib/api';
import type { Problem } from '@tandem/shared/problem';
import { refresh, refreshDelay, session, SignedOut } from '../session';

/** The file's name from Content-Disposition, else `fallback`. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  return /filename="([^"]+)"/.exec(disposition ?? '')?.[1] ?? fallback;
}

export async function staffDownload(commune: string, rest: string, fallbackName: string): Promise<string> {
  let s = session.value;
  if (s && refreshDelay(s) === 0) s = await refresh(commune);
  if (!s) throw new SignedOut();
  const call = async (token: string) => {
    try {
      return await fetch(apiPath(commune, rest), { headers: { authorization: `Bearer ${token}` } });
    } catch (e) {
      throw new NetworkError(String(e));
    }
  };
  let res = await call(s.idToken);
  if (res.status === 401) {
    const again = await refresh(commune);
    if (!again) throw new SignedOut();
    res = await call(again.idToken);
  }
  if (!res.ok) {
    const problem = (await res.json().catch(() => undefined)) as Problem | undefined;
    throw new ApiError(res.status, problem);
  }
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
