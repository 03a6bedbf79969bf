/**
 * Live updates on the permits screens in a real browser, against the whole local platform: the events department's
 * agent watches the permits inbox while a colleague (the admin) moves a filed request on; the row's state follows
 * without a reload and the list says « Liste mise à jour ». On the permit page, the colleague's next step raises the
 * banner « Admin démo a modifié cette demande. », the page keeps its state until « Recharger »; axe finds nothing
 * in the banner.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '@tandem/shared/permits/calendar';
import { brusselsDate } from '@tandem/shared/brussels-time';
import { DESK, WAIT, call, newPage, signIn, token, useBrowserSession, violations } from './browser-session.js';
import { framesOf, subscribed } from './live-frames.js';

useBrowserSession();

const EVENTS = 'evenements@soignies.example';
const ADMIN = 'admin@soignies.example';

/** A one-page PDF, as small as a PDF gets: enough for the upload's type checks. */
const tinyPdf = () =>
  Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
      '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  );

/** Files an event request (with its insurance certificate) as a citizen; returns its tracking code. */
async function fileEventRequest(): Promise<string> {
  const pdf = tinyPdf();
  const ticket = await call<{ url: string; fields: Record<string, string>; key: string }>('POST', '/api/soignies/uploads', {
    contentType: 'application/pdf',
    size: pdf.length,
    purpose: 'document',
  });
  const form = new FormData();
  for (const [k, v] of Object.entries(ticket.fields)) form.append(k, v);
  form.append('file', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), 'assurance.pdf');
  expect((await fetch(ticket.url, { method: 'POST', body: form })).ok).toBe(true);
  const start = addDays(brusselsDate(Date.now()), 45);
  const created = await call<{ code: string }>(
    'POST',
    '/api/soignies/permits',
    {
      kind: 'event',
      locale: 'fr',
      submit: true,
      details: {
        title: 'Brocante de la place Verte',
        description: 'Brocante du dimanche matin.',
        organiser: { type: 'association', name: 'Comité de la place Verte' },
        period: { start, end: start, startTime: '07:00', endTime: '13:00' },
        place: {
          label: 'Place Verte, Soignies',
          geometry: {
            type: 'LineString',
            coordinates: [
              [4.0705, 50.579],
              [4.0725, 50.5798],
            ],
          },
        },
        attendance: 150,
        needs: [],
        attachments: [{ type: 'insurance', key: ticket.key, name: 'assurance.pdf' }],
      },
      requester: {
        name: 'Camille Organisatrice',
        email: `camille-${Date.now()}@example.org`,
        phone: '+32 470 11 22 33',
        address: 'Place Verte 3, 7060 Soignies',
      },
    },
    { 'idempotency-key': crypto.randomUUID() },
  );
  return created.code;
}

/** The colleague (admin) moves the request on through the API. */
async function colleagueMoves(code: string, to: string): Promise<void> {
  const admin = await token(ADMIN);
  const p = await call<{ version: number }>('GET', `/api/soignies/staff/permits/${code}`, undefined, admin);
  await call(
    'POST',
    `/api/soignies/staff/permits/${code}/transitions`,
    { to, version: p.version },
    { ...admin, 'idempotency-key': crypto.randomUUID() },
  );
}

describe('live updates on the permits screens', () => {
  it('a colleague’s step reaches the permits inbox and raises the permit page’s banner naming them', async () => {
    const code = await fileEventRequest();
    const watcher = await newPage(DESK);
    const frames = framesOf(watcher);
    await signIn(watcher, EVENTS, '/soignies/agents/autorisations/?view=all');
    const row = watcher.locator(`tr[data-code="${code}"]`);
    await row.waitFor(WAIT);
    const state = () => row.locator('[data-state]').getAttribute('data-state');
    expect(await state()).toBe('submitted');
    await expect.poll(() => subscribed(frames, 'permits'), WAIT).toBe(true);

    await colleagueMoves(code, 'under_review');
    await expect.poll(state, WAIT).toBe('under_review');
    await watcher.getByRole('status').filter({ hasText: 'Liste mise à jour' }).waitFor(WAIT);
    expect(new URL(watcher.url()).pathname).toBe('/soignies/agents/autorisations/');

    await row.getByRole('link').first().click();
    await watcher.getByTestId('staff-permit').waitFor(WAIT);
    await expect.poll(() => subscribed(frames, `permit:${code}`), WAIT).toBe(true);
    await colleagueMoves(code, 'opinions');

    const banner = watcher.getByTestId('live-banner');
    await banner.waitFor(WAIT);
    expect(await banner.textContent()).toContain('Admin démo a modifié cette demande.');
    expect(await violations(watcher, '[data-testid="live-banner-region"]')).toEqual([]);
    expect(await watcher.getByTestId('permit-state').getAttribute('data-state')).toBe('under_review');
    await watcher.getByRole('button', { name: 'Recharger' }).click();
    await expect.poll(() => watcher.getByTestId('permit-state').getAttribute('data-state'), WAIT).toBe('opinions');
    expect(await banner.count()).toBe(0);
    await watcher.context().close();
  });
});
