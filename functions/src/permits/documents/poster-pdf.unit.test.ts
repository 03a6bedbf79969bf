import { beforeAll, describe, expect, it } from 'vitest';
import type { PosterVariant } from './document-input.js';
import {
  TRACKING_URL,
  loadDocumentFonts,
  countColour,
  decodeQr,
  documentInfo,
  documentText,
  openPdf,
  renderPage,
  sampleInput,
} from './documents.test-support.js';
import { EVENT_TRAFFIC_NOTE, SCAN_INVITATION, renderPosterPdf } from './poster-pdf.js';

const SIGN_BLUE: [number, number, number] = [0, 82, 166];
const SIGN_RED: [number, number, number] = [204, 18, 31];
/** The rows between the commune's band and the headline, where the sign is drawn. */
const SIGN_ROWS: [number, number] = [0.1, 0.33];

function posterInput(posterVariant: PosterVariant) {
  const input = sampleInput(
    posterVariant === 'event'
      ? {}
      : {
          kind: 'occupation',
          reference: 'OC-2026-0031',
          title: posterVariant === 'works' ? 'Échafaudage' : 'Déménagement',
          company: 'Déménagements Lebrun SRL',
          place: {
            label: 'Rue de la Station 45, 7060 Soignies',
            geometry: {
              type: 'LineString',
              coordinates: [
                [4.0712, 50.5801],
                [4.0718, 50.5803],
              ],
            },
          },
        },
  );
  return { ...input, posterVariant };
}

beforeAll(loadDocumentFonts, 60_000);

describe('renderPosterPdf', () => {
  it('announces a parking ban with dates, place, authorisation number and commune, on one page', async () => {
    const pdf = await openPdf(await renderPosterPdf(posterInput('parking_ban')));
    expect(pdf.numPages).toBe(1);
    const text = await documentText(pdf);
    for (const expected of [
      'INTERDICTION DE STATIONNEMENT',
      'Déménagement',
      'du mardi 12 mai 2026 à 7 h au mercredi 13 mai 2026 à 18 h',
      'Rue de la Station 45, 7060 Soignies',
      'Entreprise Déménagements Lebrun SRL',
      'Autorisation n° OC-2026-0031',
      'Ville de Soignies',
      SCAN_INVITATION,
      TRACKING_URL,
    ]) {
      expect(text).toContain(expected);
    }
  });

  it.each(['parking_ban', 'works', 'event'] as const)(
    '%s: carries a QR code read as the tracking URL and no personal data',
    async (variant) => {
      const input = posterInput(variant);
      const pdf = await openPdf(await renderPosterPdf(input));
      expect(await decodeQr(pdf)).toBe(TRACKING_URL);
      const text = await documentText(pdf);
      const info = await documentInfo(pdf);
      const everything = `${text} ${JSON.stringify(info)}`;
      expect(everything).not.toContain('Marie');
      expect(everything).not.toContain('Dubois-Lenoir');
      expect(everything).not.toContain('Comité des fêtes');
      // Nor the staff-facing lines: the summary and the conditions stay on the authorisation.
      expect(text).not.toContain('Public attendu');
      expect(text).not.toContain('voies de secours');
      expect(info.Language).toBe('fr-BE');
      expect(info.Author).toBe('Ville de Soignies');
    },
  );

  it('shows works with a warning triangle and an event with the traffic note', async () => {
    const works = await documentText(await openPdf(await renderPosterPdf(posterInput('works'))));
    expect(works).toContain('CHANTIER');
    expect(works).toContain('Échafaudage');
    const event = await documentText(
      await openPdf(
        await renderPosterPdf({
          ...posterInput('event'),
          permit: {
            ...posterInput('event').permit,
            period: { start: '2026-06-06', end: '2026-06-06', startTime: '14:00', endTime: '23:00' },
          },
        }),
      ),
    );
    expect(event).toContain('ÉVÈNEMENT');
    expect(event).toContain('Fête de la musique au kiosque');
    expect(event).toContain(EVENT_TRAFFIC_NOTE);
    expect(event).toContain('le samedi 6 juin 2026 de 14 h à 23 h');
  });

  it('draws the sign of its variant: blue and red for no parking, red for works, none for an event', async () => {
    const sign = async (variant: PosterVariant) => {
      const pixels = await renderPage(await openPdf(await renderPosterPdf(posterInput(variant))), 1, 1);
      // A tight tolerance: the commune's own blue (#0b5394) must not count as the sign's.
      return { blue: countColour(pixels, SIGN_BLUE, SIGN_ROWS, 12), red: countColour(pixels, SIGN_RED, SIGN_ROWS, 12) };
    };
    const parking = await sign('parking_ban');
    expect(parking.blue).toBeGreaterThan(5000);
    expect(parking.red).toBeGreaterThan(3000);
    const works = await sign('works');
    expect(works.red).toBeGreaterThan(3000);
    expect(works.blue).toBe(0);
    const event = await sign('event');
    expect(event.red + event.blue).toBe(0);
  });

  it('keeps to one readable page whatever the text', async () => {
    const long = 'Braderie 🎪 Καλημέρα — Zażółć gęślą jaźń, « édition » très longue '.repeat(5);
    const base = posterInput('event');
    const input = { ...base, permit: { ...base.permit, title: long, place: { ...base.permit.place, label: long } } };
    const pdf = await openPdf(await renderPosterPdf(input));
    expect(pdf.numPages).toBe(1);
    const text = await documentText(pdf);
    expect(text).toContain('Braderie Καλημέρα — Zażółć gęślą jaźń, « édition » très longue');
    expect(text).toContain('…');
    expect(text).toContain('Autorisation n° EV-2026-0007');
    expect(await decodeQr(pdf)).toBe(TRACKING_URL);
  });
});

describe('renderPosterPdf in other scripts', () => {
  it.each([
    ['Фестиваль «Белые ночи»', 'улица Пушкина, дом 5'],
    ['Πανηγύρι της Αγίας Ελένης', 'Οδός Ερμού 3, Αθήνα'],
    ['Şükrü’nün düğünü', 'Ağaçlı Sokak 7, İzmir'],
    ['Jarmark Żółtej Łąki', 'ulica Świętokrzyska 12, Łódź'],
  ])('prints "%s" and its place exactly, on one page with a readable QR code', async (title, label) => {
    const base = posterInput('parking_ban');
    const bytes = await renderPosterPdf({ ...base, permit: { ...base.permit, title, place: { ...base.permit.place, label } } });
    const pdf = await openPdf(bytes);
    expect(pdf.numPages).toBe(1);
    const text = await documentText(pdf);
    expect(text).toContain(title);
    expect(text).toContain(label);
    expect(text).toContain('INTERDICTION DE STATIONNEMENT');
    expect(text).toContain('Autorisation n° OC-2026-0031');
    expect(await decodeQr(pdf)).toBe(TRACKING_URL);
    expect(bytes.length).toBeLessThan(40_000); // subset fonts: about 22 KB
  });
});

describe('renderPosterPdf with a URL too long for a QR code', () => {
  it('still renders, with the URL printed', async () => {
    const input = { ...posterInput('works'), trackingUrl: `https://tandem.example/${'x'.repeat(5000)}` };
    const pdf = await openPdf(await renderPosterPdf(input));
    expect(await documentText(pdf)).toContain('https://tandem.example/xxx');
    expect(await decodeQr(pdf)).toBeUndefined();
  });
});
