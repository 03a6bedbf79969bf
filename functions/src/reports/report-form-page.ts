/**
 * The page a browser gets when the report form it posted without JavaScript is refused (docs/report-form.md): in
 * French (the page the form is on is French without a script), a heading, the fields at fault with what to do, the
 * way back to the form (the browser's Back button keeps what was typed), with the refusal's status (422, 413…).
 * Never the public's words: what a page on the commune's domain shows is fixed text, field names and the commune's
 * own labels, escaped all the same. A page of its own (no site stylesheet to link from the API), with a policy that
 * allows nothing but its one style.
 */
import { createHash } from 'node:crypto';
import {
  REPORT_PART_LABELS,
  REPORT_PART_MESSAGES,
  escapeHtml,
  pickText,
  reportFieldsFr,
  reportFormPageFr,
  reportFormPart,
  translateFrench,
  type CommuneConfig,
  type InvalidParam,
  type TranslateFrench,
} from '@tandem/shared';
import type { ApiResult, HttpError } from '../lib/http.js';

/** The form's labels and messages, and the page's own words: only these messages go into the bundle. */
const PAGE = [reportFieldsFr, reportFormPageFr];
const t: TranslateFrench<typeof PAGE> = (key, vars) => translateFrench(PAGE, key, vars);

const STYLE =
  'body{margin:0;font:1.125rem/1.5 system-ui,sans-serif;color:#1b1b1b;background:#fff}' +
  'main{max-width:40rem;margin:0 auto;padding:1.5rem 1rem}h1{font-size:1.75rem;margin:0 0 1rem}' +
  '.summary{border:5px solid #b3261e;padding:1rem 1.25rem;margin:0 0 1.5rem}.summary ul{padding-left:1.25rem}' +
  'a{color:#0b4f8a}a:focus{outline:3px solid #f4b400;outline-offset:2px}' +
  '.button{display:inline-block;min-height:48px;padding:.75rem 1.25rem;box-sizing:border-box;background:#0b4f8a;color:#fff;font-weight:600;text-decoration:none;border-radius:4px}';
const STYLE_HASH = `'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`;
/** Nothing but its own style: no script, no image, no frame, no form to post elsewhere. */
const PAGE_POLICY = `default-src 'none'; style-src ${STYLE_HASH}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

interface Problem {
  label: string;
  message: string;
}

/** What was posted, as far as the page needs it: the category chosen, the answers given, the place located on the register. */
export interface PostedReport {
  category?: unknown;
  answers?: Record<string, unknown>;
  location?: unknown;
}

/** Each field at fault once, in the order the refusal names them (the first reason a field got is the one said). */
function problemsOf(params: readonly InvalidParam[], config: CommuneConfig | undefined, posted: PostedReport): Problem[] {
  const questions = config?.categories.find((c) => c.code === posted.category)?.questions ?? [];
  const out = new Map<string, Problem>();
  for (const p of params) {
    const part = reportFormPart(p.name);
    if (!part) continue;
    if (typeof part === 'string') {
      // A place located (on the register) but outside the commune is said as such.
      const outside = part === 'place' && p.name === 'location' && posted.location !== undefined;
      if (!out.has(part))
        out.set(part, { label: t(REPORT_PART_LABELS[part]), message: t(outside ? 'report.error.outside' : REPORT_PART_MESSAGES[part]) });
      continue;
    }
    const q = questions.find((x) => x.code === part.question);
    if (!q || out.has(`q:${q.code}`)) continue;
    const given = posted.answers?.[q.code] !== undefined;
    out.set(`q:${q.code}`, {
      label: pickText(q.label, 'fr'),
      message: t(given && q.type === 'number' ? 'report.error.number' : 'report.error.answer'),
    });
  }
  return [...out.values()];
}

/** The refusal as a page: the fields at fault, or, when no field is (a body too large, a post being processed), to try again. */
export function formRefusedPage(error: HttpError, commune: string, config: CommuneConfig | undefined, posted: PostedReport): ApiResult {
  const problems = problemsOf(error.params, config, posted);
  const formUrl = `/${encodeURIComponent(commune)}/signaler/`;
  const title = [t('report.errors.title'), t('report.title'), ...(config ? [config.name] : [])].join(' — ');
  const list = problems.length
    ? `<p>${escapeHtml(t('report.form.error.intro'))}</p><ul>${problems
        .map((p) => `<li><strong>${escapeHtml(p.label)}</strong> : ${escapeHtml(p.message)}</li>`)
        .join('')}</ul>`
    : `<p>${escapeHtml(t('report.form.error.other'))}</p>`;
  const body = `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<div class="summary" data-testid="form-refused">
<h1>${escapeHtml(t('report.errors.title'))}</h1>
${list}
</div>
<p>${escapeHtml(t('report.form.error.back'))}</p>
<p><a class="button" href="${escapeHtml(formUrl)}">${escapeHtml(t('report.form.error.link'))}</a></p>
</main>
</body>
</html>
`;
  return {
    statusCode: error.status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-security-policy': PAGE_POLICY },
    body,
  };
}
