import { describe, expect, it } from 'vitest';
import { newTrackingCode, normaliseTrackingCode, TRACKING_CODE_PATTERN } from './tracking-code.js';
import { checkAnswers } from './category-answers.js';
import { sniffImageType } from './uploads.js';
import { matchRoute, ROUTES, API_FUNCTIONS } from './routes.js';
import { MESSAGES, negotiateLocale, t } from './i18n/index.js';
import { rewriteSitePath } from './site-rewrites.js';
import { invalidParams, problem } from './problem.js';
import soignies from '../../infra/communes/soignies.json' with { type: 'json' };
import braine from '../../infra/communes/braine-le-comte.json' with { type: 'json' };
import { CommuneConfig, templatesFor } from './commune-config.js';
import { REPORT_STATES } from './report-states.js';

describe('tracking codes', () => {
  it('are readable and normalised from what people type', () => {
    for (let i = 0; i < 200; i++) expect(newTrackingCode()).toMatch(TRACKING_CODE_PATTERN);
    expect(normaliseTrackingCode('ab1o 2il3')).toBe('AB10-2113');
  });
});

describe('category answers', () => {
  const category = CommuneConfig.parse(soignies).categories.find((c) => c.code === 'voirie')!;
  it('requires required questions and known options', () => {
    const r = checkAnswers(category, { taille: 'enorme', inconnue: 'x' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.params.map((p) => p.name).sort()).toEqual(['answers.inconnue', 'answers.taille']);
  });
  it('coerces form values', () => {
    expect(checkAnswers(category, { taille: 'petit', danger: 'true' })).toEqual({ ok: true, answers: { taille: 'petit', danger: true } });
  });
});

describe('image sniffing', () => {
  it('knows JPEG, PNG and WebP magic numbers, and nothing else', () => {
    expect(sniffImageType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffImageType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d]))).toBe('image/png');
    expect(sniffImageType(new TextEncoder().encode('RIFF1234WEBPVP8 '))).toBe('image/webp');
    expect(sniffImageType(new TextEncoder().encode('%PDF-1.7'))).toBeUndefined();
  });
});

describe('route table', () => {
  it('prefers literal segments over parameters and tells 405 from 404', () => {
    const m = matchRoute('GET', '/api/soignies/reports/nearby');
    expect('route' in m && m.route.handler).toBe('reports/nearby-reports');
    const one = matchRoute('GET', '/api/soignies/reports/ABCD-1234');
    expect('route' in one && one.params).toEqual({ commune: 'soignies', code: 'ABCD-1234' });
    expect(matchRoute('DELETE', '/api/soignies/reports')).toEqual({ methodMismatch: true });
    expect(matchRoute('GET', '/api/nothing/here/at/all')).toEqual({ methodMismatch: false });
  });
  it('points every route at a declared function, and has no duplicate route', () => {
    for (const r of ROUTES) expect(Object.keys(API_FUNCTIONS)).toContain(r.handler);
    const keys = ROUTES.map((r) => `${r.method} ${r.path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('i18n', () => {
  it('has every key translated (not left in French) in nl, de and en', () => {
    const same = (['nl', 'de', 'en'] as const).flatMap((l) =>
      Object.keys(MESSAGES.fr)
        .filter(
          (k) => MESSAGES[l][k as keyof typeof MESSAGES.fr] === MESSAGES.fr[k as keyof typeof MESSAGES.fr] && !['app.name'].includes(k),
        )
        .map((k) => `${l}:${k}`),
    );
    // A few words are the same in several languages (e.g. "Graffiti"); most must differ.
    expect(same.length).toBeLessThan(Object.keys(MESSAGES.fr).length * 3 * 0.05);
  });
  it('fills placeholders and negotiates locales', () => {
    expect(t('fr', 'mail.created.subject', { code: 'ABCD-1234' })).toContain('ABCD-1234');
    expect(negotiateLocale('nl-BE,nl;q=0.9,fr;q=0.8')).toBe('nl');
    expect(negotiateLocale('es-ES')).toBe('fr');
  });
});

describe('site rewrites', () => {
  it('serves the tracking shell and the staff SPA for deep links', () => {
    expect(rewriteSitePath('/soignies/suivi/ABCD-1234/')).toBe('/soignies/suivi/index.html');
    expect(rewriteSitePath('/soignies/demandes/suivi/ABCD-1234/')).toBe('/soignies/demandes/suivi/index.html');
    expect(rewriteSitePath('/soignies/demandes/evenement/')).toBe('/soignies/demandes/evenement/index.html');
    expect(rewriteSitePath('/soignies/agents/reports/ABCD-1234')).toBe('/soignies/agents/index.html');
    expect(rewriteSitePath('/soignies/signaler/')).toBe('/soignies/signaler/index.html');
    expect(rewriteSitePath('/_astro/app.js')).toBe('/_astro/app.js');
  });
});

describe('problems and commune files', () => {
  it('builds RFC 9457 problems naming fields', () => {
    expect(problem(422, 'bad', { 'invalid-params': invalidParams([{ path: ['location', 'lat'], message: 'too big' }]) })).toEqual({
      type: 'about:blank',
      title: 'Unprocessable Content',
      status: 422,
      detail: 'bad',
      'invalid-params': [{ name: 'location.lat', reason: 'too big' }],
    });
  });
  it('validates both demo communes, whose categories point at their departments', () => {
    for (const raw of [soignies, braine]) {
      const c = CommuneConfig.parse(raw);
      for (const cat of c.categories) expect(c.departments.map((d) => d.code)).toContain(cat.department);
      expect([...new Set(c.demoAccounts.map((a) => a.role))].sort()).toEqual(['admin', 'agent', 'worker']);
      // Every department named by a demo account exists.
      for (const a of c.demoAccounts) for (const d of a.departments) expect(c.departments.map((x) => x.code)).toContain(d);
    }
  });
  it('gives both demo communes response templates for known states and existing categories, in four languages', () => {
    for (const raw of [soignies, braine]) {
      const c = CommuneConfig.parse(raw);
      expect(c.responseTemplates.length).toBeGreaterThanOrEqual(5);
      const codes = c.responseTemplates.map((t) => t.code);
      expect(new Set(codes).size).toBe(codes.length);
      for (const t of c.responseTemplates) {
        for (const s of t.states ?? []) expect(REPORT_STATES).toContain(s);
        for (const cat of t.categories ?? []) expect(c.categories.map((x) => x.code)).toContain(cat);
        expect([t.title.nl, t.title.de, t.title.en, t.text.nl, t.text.de, t.text.en].every(Boolean)).toBe(true);
      }
      // A street light is ORES's business, a pothole may be the SPW's; neither is offered for the other.
      expect(templatesFor(c, 'not_responsible', 'eclairage').map((t) => t.code)).toEqual(['hors-competence-ores']);
      expect(templatesFor(c, 'not_responsible', 'voirie').map((t) => t.code)).toEqual(['hors-competence-spw']);
      expect(templatesFor(c, 'fixed', 'graffiti').map((t) => t.code)).toEqual(['repare-merci']);
    }
  });
  it('offers templates without states or categories for every move, and rejects unknown states', () => {
    const any = { code: 'merci', title: { fr: 'Merci' }, text: { fr: 'Merci.' } };
    expect(templatesFor({ responseTemplates: [any] }, 'closed', 'voirie')).toEqual([any]);
    expect(templatesFor({}, 'closed', 'voirie')).toEqual([]);
    const bad = { ...soignies, responseTemplates: [{ ...any, states: ['solved'] }] };
    expect(CommuneConfig.safeParse(bad).success).toBe(false);
  });
});
