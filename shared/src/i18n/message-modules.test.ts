import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../commune-config.js';
import { MESSAGES, t, type MessageKey } from './index.js';
import * as serverMessages from './server-messages.js';
import { translate, translateFrench, type LocalisedMessages } from './translator.js';

const i18n = new URL('.', import.meta.url).pathname;
const root = new URL('../../../', import.meta.url).pathname;
/** Every module folder (one file per language). */
const modules = readdirSync(i18n).filter((name) => statSync(join(i18n, name)).isDirectory());

/** The keys a module's file defines itself (`'key': …` lines), not those it spreads from a smaller module. */
const definedIn = (module: string, locale: string): string[] =>
  [...readFileSync(join(i18n, module, `${locale}.ts`), 'utf8').matchAll(/^ {2}'([^']+)':/gm)].map((m) => m[1]);

/** A module file's dictionary: its one exported object. */
async function dictionary(module: string, locale: string): Promise<Record<string, string>> {
  const exports = Object.values(await import(`./${module}/${locale}.ts`)).filter((v) => typeof v === 'object');
  expect(exports, `${module}/${locale}.ts`).toHaveLength(1);
  return exports[0] as Record<string, string>;
}

describe('message modules', () => {
  it('define the same keys in every language', async () => {
    for (const module of modules) {
      const fr = Object.keys(await dictionary(module, 'fr')).sort();
      for (const locale of LOCALES) expect(Object.keys(await dictionary(module, locale)).sort(), `${module}/${locale}`).toEqual(fr);
    }
  });

  it('define each message once, and the whole set holds every module', () => {
    for (const locale of LOCALES) {
      const owners = new Map<string, string[]>();
      for (const module of modules) for (const key of definedIn(module, locale)) owners.set(key, [...(owners.get(key) ?? []), module]);
      const twice = [...owners].filter(([, where]) => where.length > 1).map(([key, where]) => `${locale} ${key}: ${where.join(', ')}`);
      expect(twice).toEqual([]);
      // A module neither spread by another nor listed in ../{fr,nl,de,en}.ts would be missing from MESSAGES.
      expect([...owners.keys()].sort(), locale).toEqual(Object.keys(MESSAGES[locale]).sort());
    }
  });

  it('give the server the same texts as the whole set, with the same fallback to French', () => {
    const sets = Object.entries(serverMessages).filter(([name]) => name.endsWith('_MESSAGES')) as [string, LocalisedMessages][];
    expect(sets.length).toBeGreaterThan(0);
    const vars = { code: 'ABCD-1234', name: 'Łukasz', url: 'https://x.example/', unknown: 1 };
    for (const [name, set] of sets)
      for (const locale of LOCALES)
        for (const key of Object.keys(set.fr))
          expect(translate([set], locale, key as never, vars), `${name} ${locale} ${key}`).toBe(t(locale, key as MessageKey, vars));
    // Several modules at once: each key from its own.
    const mails = [serverMessages.PERMIT_MAIL_MESSAGES, serverMessages.PERMIT_STATE_MESSAGES];
    expect(translate(mails, 'nl', 'permit.state.issued')).toBe(t('nl', 'permit.state.issued'));
    expect(translate(mails, 'de', 'permitMail.submitted.subject', vars)).toBe(t('de', 'permitMail.submitted.subject', vars));
    const french = [serverMessages.permitLabelsFr, serverMessages.permitNotesFr, serverMessages.permitMailsFr];
    for (const key of french.flatMap((d) => Object.keys(d)))
      expect(translateFrench(french, key as never, vars)).toBe(t('fr', key as MessageKey, vars));
    expect(translateFrench(french, 'permitStaff.decision.collegeDone', { date: '9 janvier 2027', reference: 'C-12' })).toBe(
      'Décision du Collège du 9 janvier 2027, référence C-12.',
    );
    const partial = { fr: { k: 'Bonjour {name}' }, nl: {}, de: {}, en: { k: 'Hello {name}' } } as unknown as LocalisedMessages;
    expect([translate([partial], 'nl', 'k' as never, { name: 'An' }), translate([partial], 'en', 'k' as never, { name: 'An' })]).toEqual([
      'Bonjour An',
      'Hello An',
    ]);
  });

  it('stay out of server code as a whole set: functions import only the modules they use (translator.ts)', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) return files(path);
        return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
      });
    const offenders = files(join(root, 'functions/src')).filter((file) => {
      const source = readFileSync(file, 'utf8');
      const fromBarrel = [...source.matchAll(/import\s*\{([^}]*)\}\s*from\s*'@tandem\/shared'/g)].flatMap((m) =>
        m[1].split(',').map((name) => name.trim().replace(/^type\s+/, '')),
      );
      return (
        fromBarrel.some((name) => name === 't' || name === 'MESSAGES' || name.startsWith('t as ') || name.startsWith('MESSAGES as ')) ||
        /from\s*'@tandem\/shared\/i18n\/(fr|nl|de|en|index)'/.test(source) ||
        /import\s*\*\s*as\s+\w+\s+from\s*'@tandem\/shared'/.test(source)
      );
    });
    expect(offenders.map((f) => f.slice(root.length))).toEqual([]);
  });
});
