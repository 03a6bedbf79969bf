import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from './index.js';
import { fr } from './fr.js';

const root = new URL('../../../', import.meta.url).pathname;

/** Source files people read text from (tests excluded: they may name the other spelling on purpose). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' || name === 'dist' ? [] : sourceFiles(path);
    return /\.(ts|tsx|astro|json)$/.test(name) && !/\.test\.ts$|test-support/.test(name) ? [path] : [];
  });
}

describe('French wording', () => {
  it('spells "évènement" one way (the 1990 reform’s, as the public pages do), in messages, pages, PDFs and mails', () => {
    for (const [key, text] of Object.entries(fr)) expect(text, key).not.toMatch(/événement/i);
    const offenders = ['shared/src', 'web/src', 'functions/src', 'infra/communes']
      .flatMap((d) => sourceFiles(join(root, d)))
      .filter((f) => /événement/i.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('explains an occupation’s documents in its own words, not the event’s', () => {
    for (const [locale, messages] of Object.entries(MESSAGES)) {
      for (const type of ['insurance', 'plan', 'other'] as const) {
        const occupation = messages[`permit.docs.occupation.${type}.help`];
        expect(occupation, `${locale} ${type}`).not.toBe(messages[`permit.docs.event.${type}.help`]);
        expect(occupation, `${locale} ${type}`).not.toMatch(/organis|secours|sorties|hulpdienst|uitgang|rettung|ausgäng|emergency|exits/i);
      }
    }
  });
});
