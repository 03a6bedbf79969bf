import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../commune-config.js';
import { departmentPhrase } from './department-phrase.js';
import { t } from './index.js';

describe('departmentPhrase', () => {
  it('adds the word for "department" only when the name does not hold it (FR)', () => {
    expect(departmentPhrase('fr', 'Mobilité')).toBe('le service Mobilité');
    expect(departmentPhrase('fr', 'Service Fêtes et Évènements')).toBe('le Service Fêtes et Évènements');
    expect(departmentPhrase('fr', 'service travaux')).toBe('le service travaux');
    expect(departmentPhrase('fr', 'Zone de police')).toBe('la Zone de police');
    expect(departmentPhrase('fr', 'Direction générale')).toBe('la Direction générale');
  });
  it('does the same in Dutch, German (dative) and English', () => {
    expect(departmentPhrase('nl', 'Mobiliteit')).toBe('de dienst Mobiliteit');
    expect(departmentPhrase('nl', 'Dienst Feesten en Evenementen')).toBe('de Dienst Feesten en Evenementen');
    expect(departmentPhrase('nl', 'Hulpverleningszone (brandpreventie)')).toBe('de Hulpverleningszone (brandpreventie)');
    expect(departmentPhrase('de', 'Mobilität')).toBe('dem Dienst Mobilität');
    expect(departmentPhrase('de', 'Fest- und Veranstaltungsdienst')).toBe('dem Fest- und Veranstaltungsdienst');
    expect(departmentPhrase('de', 'Bauamt')).toBe('dem Bauamt');
    expect(departmentPhrase('de', 'Hilfeleistungszone (Brandschutz)')).toBe('der Hilfeleistungszone (Brandschutz)');
    expect(departmentPhrase('en', 'Mobility')).toBe('the Mobility department');
    expect(departmentPhrase('en', 'Events Department')).toBe('the Events Department');
    expect(departmentPhrase('en', 'Police Zone')).toBe('the Police Zone');
  });
  it('never doubles the word in the summary or the department e-mail, for every department of every commune', () => {
    const doubled: Record<Locale, RegExp> = {
      fr: /service\s+service/i,
      nl: /dienst\s+dienst/i,
      de: /dienst\s+(\S*dienst|\S*amt)\b/i,
      en: /(department|service|zone)\s+department/i,
    };
    for (const file of ['soignies', 'braine-le-comte']) {
      const config = JSON.parse(readFileSync(new URL(`../../../infra/communes/${file}.json`, import.meta.url), 'utf8')) as {
        departments: { name: Record<Locale, string> }[];
      };
      for (const dep of config.departments) {
        for (const locale of ['fr', 'nl', 'de', 'en'] as const) {
          const handler = departmentPhrase(locale, dep.name[locale]);
          const summary = t(locale, 'permit.summary.reviewers', { handler, reviewers: 'X' });
          const mail = t(locale, 'permitMail.opinion_requested.body', { handling: handler, department: 'X' });
          expect(summary).toContain(dep.name[locale]);
          expect(summary).not.toMatch(doubled[locale]);
          expect(mail).not.toMatch(doubled[locale]);
        }
      }
    }
  });
});
