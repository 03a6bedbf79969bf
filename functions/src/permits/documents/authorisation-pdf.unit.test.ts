import { beforeAll, describe, expect, it } from 'vitest';
import { renderAuthorisationPdf } from './authorisation-pdf.js';
import { documentFileName } from './document-input.js';
import {
  TRACKING_URL,
  loadDocumentFonts,
  decodeQr,
  documentInfo,
  documentText,
  openPdf,
  pageText,
  sampleInput,
} from './documents.test-support.js';

const squash = (s: string) => s.replace(/\s+/g, '');

beforeAll(loadDocumentFonts, 60_000);

describe('renderAuthorisationPdf', () => {
  it('makes a one-page PDF that says who may do what, where, when and on which conditions', async () => {
    const pdf = await openPdf(await renderAuthorisationPdf(sampleInput()));
    expect(pdf.numPages).toBe(1);
    const text = await documentText(pdf);
    for (const expected of [
      'Ville de Soignies',
      "Autorisation d'organiser un évènement",
      'EV-2026-0007',
      'ABCD-1234',
      'Marie Dubois-Lenoir',
      'Comité des fêtes de Neufvilles',
      'Fête de la musique au kiosque',
      'Grand-Place, 7060 Soignies',
      'mardi 12 mai 2026 à 7 h au mercredi 13 mai 2026 à 18 h',
      'Public attendu : 1 200 personnes',
      'Besoins : fermeture de voirie, scène',
      'Autorisation accordée sous conditions le 20 avril 2026',
      'Décision du Collège communal du 17 avril 2026 (réf. CC-2026-0412)',
      '1. Les voies de secours restent libres sur une largeur de 4 mètres en permanence.',
      '2. La musique amplifiée cesse à 23 h.',
      '3. Le site est rendu propre le lendemain avant 10 h.',
      '25,00 €',
      'Coordonnées WGS84 (latitude, longitude)',
      'Zone : 50.57900, 4.07050 ; 50.57910, 4.07220 ; 50.57990, 4.07200 ; 50.57970, 4.07040',
      'autorisations@soignies.example',
      'Document généré par Tandem le 21 avril 2026',
    ]) {
      expect(text).toContain(expected);
    }
    // The URL may be wrapped over two lines under the QR code.
    expect(squash(text)).toContain(squash(TRACKING_URL));
  });

  it('carries a QR code that scanners read as the tracking URL', async () => {
    const pdf = await openPdf(await renderAuthorisationPdf(sampleInput()));
    expect(await decodeQr(pdf, 1)).toBe(TRACKING_URL);
  });

  it('sets the document properties: title, author, subject, language and date', async () => {
    const pdf = await openPdf(await renderAuthorisationPdf(sampleInput()));
    const info = await documentInfo(pdf);
    expect(info.Title).toBe('Autorisation EV-2026-0007 — Fête de la musique au kiosque');
    expect(info.Author).toBe('Ville de Soignies');
    expect(info.Subject).toBe("Autorisation d'organiser un évènement : Fête de la musique au kiosque");
    expect(info.Language).toBe('fr-BE');
    expect(info.CreationDate).toMatch(/^D:20260421/);
  });

  it('words an occupation, an unconditional decision without college and a free permit', async () => {
    const input = sampleInput({
      kind: 'occupation',
      title: 'Conteneur',
      conditions: [' ', '🚧'],
      summary: ['', 'Longueur occupée : 6 m'],
      fee: 0,
      decision: { outcome: 'approved', at: '2026-04-20' },
      place: { label: 'Rue de Mons 12, 7060 Soignies', geometry: { type: 'Point', coordinates: [4.07123, 50.57912] } },
    });
    const text = await documentText(await openPdf(await renderAuthorisationPdf(input)));
    expect(text).toContain("Autorisation d'occupation du domaine public");
    expect(text).toContain('Objet Conteneur');
    expect(text).toContain('Gratuit');
    expect(text).toContain('Autorisation accordée le 20 avril 2026');
    expect(text).not.toContain('sous conditions');
    expect(text).not.toContain('Collège');
    expect(text).not.toContain('Conditions'); // blank conditions make no section
    expect(text).toContain('Informations • Longueur occupée : 6 m');
    expect(text).toContain('Point : 50.57912, 4.07123');
  });

  it('continues long conditions on further pages, numbered, with the QR code still readable', async () => {
    const conditions = Array.from(
      { length: 30 },
      (_, i) =>
        `Condition ${i + 1} : ${'les riverains sont prévenus par écrit au moins huit jours à l’avance et un accès reste libre. '.repeat(2)}`,
    );
    const pdf = await openPdf(await renderAuthorisationPdf(sampleInput({ conditions })));
    expect(pdf.numPages).toBeGreaterThan(1);
    const last = await pageText(pdf, pdf.numPages);
    expect(last).toContain(`Page ${pdf.numPages}/${pdf.numPages}`);
    expect(last).toContain('Autorisation n° EV-2026-0007 (suite)');
    const text = await documentText(pdf);
    expect(text).toContain('30. Condition 30 :');
    expect(text).toContain('Page 1/');
    let found: string | undefined;
    for (let n = pdf.numPages; n >= 1 && !found; n--) found = await decodeQr(pdf, n);
    expect(found).toBe(TRACKING_URL);
  });

  it('renders whatever the text: emoji, Greek, Polish, control characters, lone surrogates', async () => {
    const input = sampleInput({
      title: 'Fête 🎉 Καλημέρα \u0000 Zażółć \ud83d',
      holder: { name: 'Łukasz Żółw 😀', organisation: 'Σύλλογος 東京' },
      conditions: ['Ne pas gêner 🚗🚫 la circulation\u0007', '   ', 'x'.repeat(400)],
      place: {
        label: 'Place 🌳 Verte',
        geometry: {
          type: 'LineString',
          coordinates: [
            [4.07, 50.58],
            [4.0712, 50.5806],
            [4.072, 50.5801],
          ],
        },
      },
    });
    const text = await documentText(await openPdf(await renderAuthorisationPdf(input)));
    // Greek and Polish print as typed; the NUL is a space; the emoji the font lacks is left out, the one it has
    // is kept; Japanese (no glyphs) and the lone surrogate become U+FFFD.
    expect(text).toContain('Fête Καλημέρα Zażółć \ufffd');
    expect(text).toContain('Łukasz Żółw 😀');
    expect(text).toContain('Σύλλογος \ufffd\ufffd');
    expect(text).not.toContain('🎉');
    expect(text).toContain('1. Ne pas gêner la circulation');
    expect(text).toContain('2. xxxx'); // the blank condition is skipped, numbering stays continuous
    expect(text).toContain('Place Verte');
    expect(text).toContain('Tracé : 50.58000, 4.07000 ; 50.58060, 4.07120 ; 50.58010, 4.07200');
  });

  it('names the person as holder when no association or company asks', async () => {
    const text = await documentText(await openPdf(await renderAuthorisationPdf(sampleInput({ holder: { name: 'Marie Dubois' } }))));
    expect(text).toContain('Titulaire Marie Dubois');
    expect(text).not.toContain('Personne de contact');
  });

  it.each([
    ['Łukasz Żółć', 'Stowarzyszenie „Żółw”', 'ulica Świętokrzyska 12, Łódź'],
    ['Анна Иванова', 'Общество «Друзья парка»', 'улица Пушкина, дом 5'],
    ['Ελένη', 'Σύλλογος Φίλων', 'Οδός Ερμού 3, Αθήνα'],
    ['Şükrü Öztürk', 'Ağaçlı İşçiler Derneği', 'Rue de la Station 45, 7060 Soignies'],
  ])('prints %s exactly: holder, organisation, place, title and conditions', async (name, organisation, place) => {
    const input = sampleInput({
      holder: { name, organisation },
      title: `Fête de ${name}`,
      place: { label: place, geometry: { type: 'Point', coordinates: [4.07123, 50.57912] } },
      conditions: [`${name} veille à l’accès des secours « en permanence » ; caution de 50 €.`, 'Ștefan și Țara: ğ İ ı ş ř ů ő ű'],
    });
    const bytes = await renderAuthorisationPdf(input);
    const text = await documentText(await openPdf(bytes));
    expect(text).toContain(`Titulaire ${organisation} Personne de contact ${name}`);
    expect(text).toContain(`Évènement Fête de ${name}`);
    expect(text).toContain(`Lieu ${place}`);
    expect(text).toContain(`1. ${name} veille à l’accès des secours « en permanence » ; caution de 50 €.`);
    expect(text).toContain('2. Ștefan și Țara: ğ İ ı ş ř ů ő ű');
    expect(text).not.toContain('\ufffd');
    // The fonts are subset (about 35 KB here): the whole regular face alone is 740 KB.
    expect(bytes.length).toBeLessThan(60_000);
  });

  it('gives the same bytes for the same input', async () => {
    const a = await renderAuthorisationPdf(sampleInput());
    const b = await renderAuthorisationPdf(sampleInput());
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});

describe('documentFileName', () => {
  it('names the authorisation and the poster after the reference', () => {
    expect(documentFileName('authorisation', 'EV-2026-0007')).toBe('autorisation-EV-2026-0007.pdf');
    expect(documentFileName('poster', 'EV-2026-0007')).toBe('affiche-EV-2026-0007.pdf');
    expect(documentFileName('poster', ' ../OC 2026/12 ')).toBe('affiche-OC-2026-12.pdf');
  });
});
