/** Texts the report and permit screens share: why a change was refused, a language's name. */
import { tr, dateLocale, type MessageKey } from '../../lib/locale';
import { ApiError } from '../../lib/api';

/** What to show when a change was refused: the API's field reasons, else its detail, else a network message. */
export function problemText(e: unknown): string {
  if (e instanceof ApiError) {
    const params = e.invalidParams.map((p) => `${p.name} : ${p.reason}`).join(' ; ');
    return [tr('staff.error.save'), params || e.problem?.detail].filter(Boolean).join(' ');
  }
  return tr('report.error.network');
}

/**
 * Why a page or list did not load: not allowed (403, distinct from a network failure), not found (404, when the
 * page names its text), else the network message with its retry.
 */
export function loadFailureText(e: unknown, notFound?: MessageKey): string {
  if (e instanceof ApiError && e.status === 403) return tr('staff.error.forbidden');
  if (e instanceof ApiError && e.status === 404 && notFound) return tr(notFound);
  return tr('report.error.network');
}

/** A language named in the agent's language ("néerlandais"), its code when the browser cannot. */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([dateLocale()], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
