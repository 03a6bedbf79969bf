/**
 * The e-mails about permits: to the requester in the language they used (with their private link), and
 * to a department asked for an opinion (in French, the administration's language). A department's mail carries no
 * word typed by the public (no title, place, name or organisation: anyone can type anything there, and the mail
 * goes out in the commune's name), only fixed text, the code, dates and the staff app's link. Dates are written in words
 * in the mail's language ("du samedi 9 janvier 2027 au lundi 11 janvier 2027"), never as ISO dates.
 */
import {
  departmentPhrase,
  formatDayInWords,
  periodInWords,
  PERMIT_MAIL_MESSAGES,
  PERMIT_STATE_MESSAGES,
  permitLabelsFr,
  permitMailsFr,
  pickText,
  translate,
  translateFrench,
  type CommuneConfig,
  type Locale,
  type PermitEventDetail,
  type PermitItem,
  type Translate,
  type TranslateFrench,
} from '@tandem/shared';

type Mail = { subject: string; text: string };

/** The requester's mails in four languages; a department's in French, with the permit's words (kind, period). */
const REQUESTER_MAILS = [PERMIT_MAIL_MESSAGES, PERMIT_STATE_MESSAGES];
const t: Translate<typeof REQUESTER_MAILS> = (locale, key, vars) => translate(REQUESTER_MAILS, locale, key, vars);
const DEPARTMENT_MAILS = [permitMailsFr, permitLabelsFr];
const tFr: TranslateFrench<typeof DEPARTMENT_MAILS> = (key, vars) => translateFrench(DEPARTMENT_MAILS, key, vars);

const trackingUrl = (baseUrl: string, commune: string, code: string) => `${baseUrl}/${commune}/demandes/suivi/${code}/`;

export function composeRequesterMail(
  d: PermitEventDetail,
  p: Pick<PermitItem, 'code' | 'title' | 'locale' | 'requester' | 'reference'>,
  key: string | undefined,
  config: Pick<CommuneConfig, 'id' | 'name'>,
  baseUrl: string,
): Mail | undefined {
  const locale = p.locale ?? 'fr';
  const url = trackingUrl(baseUrl, config.id, p.code);
  const vars = {
    name: p.requester.name,
    code: p.code,
    title: p.title,
    url,
    privateUrl: key ? `${url}#cle=${key}` : url,
    commune: config.name,
    state: d.to ? t(locale, `permit.state.${d.to}`) : '',
    message: d.message ?? '',
    reference: p.reference ?? '',
  };
  const tidy = (s: string) => s.replace(/\n{3,}/g, '\n\n');
  if (d.kind === 'public_update')
    return { subject: t(locale, 'permitMail.public_update.subject', vars), text: t(locale, 'permitMail.public_update.body', vars) };
  if (d.kind !== 'state_changed' || !d.to) return undefined;
  if (d.to === 'submitted' && d.from === 'draft')
    return { subject: t(locale, 'permitMail.submitted.subject', vars), text: t(locale, 'permitMail.submitted.body', vars) };
  const body = d.to === 'issued' ? 'permitMail.issued.body' : 'permitMail.state_changed.body';
  return { subject: t(locale, 'permitMail.state_changed.subject', vars), text: tidy(t(locale, body, vars)) };
}

export function composeDepartmentMail(
  d: PermitEventDetail,
  p: Pick<PermitItem, 'code' | 'kind' | 'details' | 'handlingDepartment'>,
  due: string,
  config: Pick<CommuneConfig, 'id' | 'name' | 'departments'>,
  baseUrl: string,
): Mail | undefined {
  if (!d.department || (d.kind !== 'opinion_requested' && d.kind !== 'opinion_reminder')) return undefined;
  // Departments read French (the commune's working language): tFr keeps the other languages out of notify-department.
  const locale: Locale = 'fr';
  const deptName = (code: string) => {
    const dep = config.departments.find((x) => x.code === code);
    return dep ? pickText(dep.name, locale) : code;
  };
  const vars = {
    code: p.code,
    kind: tFr(`permit.kind.${p.kind}`),
    period: periodInWords(p.details.period, locale, (key, v) => tFr(key, v)),
    due: formatDayInWords(due, locale),
    department: deptName(d.department),
    handling: departmentPhrase('fr', deptName(p.handlingDepartment)),
    staffUrl: `${baseUrl}/${config.id}/agents/autorisations/${p.code}/`,
    commune: config.name,
  };
  return { subject: tFr(`permitMail.${d.kind}.subject`, vars), text: tFr(`permitMail.${d.kind}.body`, vars) };
}
