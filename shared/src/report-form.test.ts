import { describe, expect, it } from 'vitest';
import { FILED_CHECK_MAIL_FRAGMENT, FILED_FRAGMENT, filedLocation, reportFormAnswerName, reportFormInput } from './report-form.js';
import { CreateReportInput } from './schemas/report.js';

const categories = [
  { code: 'voirie', questions: [{ code: 'taille' }, { code: 'danger' }] },
  { code: 'depot-sauvage', questions: [{ code: 'volume' }] },
  { code: 'graffiti', questions: [] },
];

describe('the report form without JavaScript', () => {
  it('reads a post in the JSON route’s shape: the chosen category’s answers only, empty fields left out', () => {
    const form = new URLSearchParams([
      ['category', 'voirie'],
      ['address', 'Rue de la Station 12'],
      [reportFormAnswerName('voirie', 'taille'), 'moyen'],
      [reportFormAnswerName('voirie', 'danger'), ''],
      [reportFormAnswerName('depot-sauvage', 'volume'), 'gros'],
      ['description', 'Un trou profond devant l’école'],
      ['email', '  '],
    ]);
    const input = reportFormInput(form, categories);
    expect(input).toEqual({
      category: 'voirie',
      address: 'Rue de la Station 12',
      description: 'Un trou profond devant l’école',
      answers: { taille: 'moyen' },
    });
    expect(CreateReportInput.safeParse(input).success).toBe(true);
  });

  it('leaves the checks to the schema: an empty post fails on the category, the description and the place', () => {
    const input = reportFormInput(new URLSearchParams(), categories);
    expect(input).toEqual({ category: '', description: '', answers: {} });
    const r = CreateReportInput.safeParse(input);
    expect(r.success).toBe(false);
    expect(new Set(r.error!.issues.map((i) => i.path.join('.')))).toEqual(new Set(['category', 'description', 'location']));
    const placeless = CreateReportInput.safeParse(
      reportFormInput(new URLSearchParams({ category: 'graffiti', description: 'Un grand tag sur la gare' }), categories),
    );
    expect(placeless.error?.issues.map((i) => i.path.join('.'))).toEqual(['location']);
  });

  it('reads the first of a name sent twice, and no answer of an unknown category', () => {
    const form = new URLSearchParams([
      ['category', 'nope'],
      ['category', 'voirie'],
      [reportFormAnswerName('nope', 'x'), 'y'],
      ['email', 'a@example.org'],
      ['email', 'b@example.org'],
    ]);
    expect(reportFormInput(form, categories)).toEqual({ category: 'nope', description: '', answers: {}, email: 'a@example.org' });
  });

  it('answers the tracking page with the fragment that says « received », and « check your mail » with an address', () => {
    expect(filedLocation('https://x.example/soignies/suivi/ABCD-1234/', false)).toBe(
      `https://x.example/soignies/suivi/ABCD-1234/#${FILED_FRAGMENT}`,
    );
    expect(filedLocation('/s/suivi/ABCD-1234/', true)).toBe(`/s/suivi/ABCD-1234/#${FILED_CHECK_MAIL_FRAGMENT}`);
  });
});
