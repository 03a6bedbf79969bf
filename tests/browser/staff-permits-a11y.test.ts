/**
 * The staff permit views in a real browser, against the whole local platform: an event request is filed
 * through the API and taken to the opinions step (police has answered, fire safety has not); then the
 * permits inbox and the permit page pass axe-core (WCAG 2.1 AA) — signed in as the events department,
 * with the decision form's errors shown and the folded actions open — and so does the opinion form of
 * the department that still owes one, and the page once the permit is issued. The inbox’s rows stack on
 * a phone. The staff timeline writes dates in words (no ISO date). A worker, whose role does not open permits,
 * sees no link to them and, opening their address, is told they have no access (not a network failure).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '@tandem/shared/permits/calendar';
import { brusselsDate, formatDayInWords } from '@tandem/shared/brussels-time';
import { WAIT, call, platform, signedIn, token, useBrowserSession, violations } from './browser-session.js';

let code = '';

/** A one-page PDF, as small as a PDF gets: enough for the upload's type checks. */
function tinyPdf(): Buffer {
  return Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
      '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  );
}

/** Uploads the insurance certificate and files an event request; returns its tracking code. */
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
  const up = await fetch(ticket.url, { method: 'POST', body: form });
  expect(up.ok).toBe(true);

  const start = addDays(brusselsDate(Date.now()), 45);
  const created = await call<{ code: string }>(
    'POST',
    '/api/soignies/permits',
    {
      kind: 'event',
      locale: 'fr',
      submit: true,
      details: {
        title: 'Fête de la rue Neuve',
        description: 'Repas de quartier et petit concert en plein air.',
        organiser: { type: 'association', name: 'Comité de la rue Neuve' },
        period: { start, end: start, startTime: '14:00', endTime: '23:00' },
        place: {
          label: 'Rue Neuve, Soignies',
          geometry: {
            type: 'LineString',
            coordinates: [
              [4.0705, 50.579],
              [4.0725, 50.5798],
            ],
          },
        },
        attendance: 250,
        needs: [],
        attachments: [{ type: 'insurance', key: ticket.key, name: 'assurance.pdf' }],
      },
      requester: {
        name: 'Camille Organisatrice',
        email: `camille-${Date.now()}@example.org`,
        phone: '+32 470 11 22 33',
        address: 'Rue Neuve 12, 7060 Soignies',
      },
    },
    { 'idempotency-key': crypto.randomUUID() },
  );
  return created.code;
}

/** Takes the request to the opinions step, then police gives a conditional opinion (fire safety has not answered yet). */
async function toOpinionsWithPoliceAnswered(c: string): Promise<void> {
  const events = await token('evenements@soignies.example');
  let p = await call<{ version: number }>('GET', `/api/soignies/staff/permits/${c}`, undefined, events);
  p = await call(
    'POST',
    `/api/soignies/staff/permits/${c}/transitions`,
    { to: 'under_review', version: p.version },
    { ...events, 'idempotency-key': crypto.randomUUID() },
  );
  await call(
    'POST',
    `/api/soignies/staff/permits/${c}/transitions`,
    { to: 'opinions', version: p.version },
    { ...events, 'idempotency-key': crypto.randomUUID() },
  );
  const police = await token('police@soignies.example');
  await call(
    'POST',
    `/api/soignies/staff/permits/${c}/opinions/police`,
    { verdict: 'conditional', text: 'Deux agents sur place à partir de 20 h.' },
    { ...police, 'idempotency-key': crypto.randomUUID() },
  );
}

useBrowserSession();
beforeAll(async () => {
  code = await fileEventRequest();
  await toOpinionsWithPoliceAnswered(code);
});

describe('staff permits, accessibility (axe-core, WCAG 2.1 AA)', () => {
  it('the permits inbox lists the request with its pending opinion and has no violation, on a phone (rows stacked) and on a desk', async () => {
    const page = await signedIn('evenements@soignies.example', '/soignies/agents/autorisations/');
    const row = page.getByTestId('permits-table').locator(`tr[data-code="${code}"]`);
    await row.waitFor(WAIT);
    // The handling department opens on what it has to handle.
    expect(await page.getByTestId('permits-tab-todo').getAttribute('aria-current')).toBe('page');
    expect(await row.getByTestId('permit-pending-opinions').textContent()).toContain('1 en attente');
    expect(await row.locator('[data-state]').getAttribute('data-state')).toBe('opinions');
    expect(await page.getByTestId('staff-nav-permits').getAttribute('aria-current')).toBe('page');
    // On a phone each row is a card and every cell shows its column's name.
    expect(await row.evaluate((tr) => getComputedStyle(tr).display)).toBe('block');
    expect(await row.locator('.cell-label').first().isVisible()).toBe(true);
    await page.waitForLoadState('networkidle');
    expect(await violations(page)).toEqual([]);

    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await row.evaluate((tr) => getComputedStyle(tr).display)).toBe('table-row');
    expect(await row.locator('.cell-label').first().isVisible()).toBe(false);
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });

  it('the permit page (opinions side by side, decision held back, errors shown, folded actions open) has no violation', async () => {
    const page = await signedIn('evenements@soignies.example', `/soignies/agents/autorisations/${code}/`);
    await page.getByTestId('staff-permit').waitFor(WAIT);
    expect(await page.getByTestId('permit-state').getAttribute('data-state')).toBe('opinions');
    expect(await page.getByTestId('opinion-police').getAttribute('data-status')).toBe('given');
    expect(await page.getByTestId('opinion-secours').getAttribute('data-status')).toBe('pending');
    expect(await page.getByTestId('permit-requester').textContent()).toContain('Camille Organisatrice');
    // Approving or refusing waits for fire safety's opinion; asking for changes does not.
    expect(await page.getByTestId('permit-decision-blocked').textContent()).toContain('1 avis en attente');
    expect(await page.getByTestId('decision-approved').count()).toBe(0);
    expect(await violations(page)).toEqual([]);

    await page.getByLabel('Demander des modifications').check();
    await page.getByRole('button', { name: 'Enregistrer la décision' }).click();
    await page.getByTestId('decision-errors').waitFor();
    // Focus moves to the summary once it is drawn (an effect after the render): wait for it, do not race it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')), WAIT).toBe('decision-errors');
    for (const to of ['incomplete', 'cancelled']) await page.getByTestId(`permit-action-${to}`).locator('summary').click();
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });

  it('a reviewing department opens on its opinions to give; the tab is in the address; its opinion form has no violation', async () => {
    const page = await signedIn('secours@soignies.example', '/soignies/agents/autorisations/');
    await page.getByTestId('permits-table').locator(`tr[data-code="${code}"]`).waitFor(WAIT);
    expect(await page.getByTestId('permits-tab-opinions').getAttribute('aria-current')).toBe('page');
    expect(await page.getByTestId('permits-tab-todo').getAttribute('href')).toContain('view=todo');
    await page.getByTestId('permits-table').locator(`tr[data-code="${code}"]`).getByRole('link').click();
    const form = page.getByTestId('opinion-form-secours');
    await form.waitFor(WAIT);
    expect(await page.getByTestId('permit-actions').getAttribute('data-can-decide')).toBe('false');
    await form.getByRole('button', { name: 'Envoyer l’avis' }).click();
    await page.getByTestId('op-secours-errors').waitFor();
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });

  it('once approved with conditions and issued, the permit page (decision, documents) has no violation', async () => {
    const collegeDate = addDays(brusselsDate(Date.now()), -2);
    const secours = await token('secours@soignies.example');
    await call(
      'POST',
      `/api/soignies/staff/permits/${code}/opinions/secours`,
      { verdict: 'favourable', text: '' },
      { ...secours, 'idempotency-key': crypto.randomUUID() },
    );
    const events = await token('evenements@soignies.example');
    let p = await call<{ version: number }>('GET', `/api/soignies/staff/permits/${code}`, undefined, events);
    p = await call(
      'POST',
      `/api/soignies/staff/permits/${code}/transitions`,
      {
        to: 'approved_with_conditions',
        version: p.version,
        conditions: ['Deux agents sur place à partir de 20 h.'],
        publicPage: true,
        college: { date: collegeDate, reference: 'CC-2026-117' },
      },
      { ...events, 'idempotency-key': crypto.randomUUID() },
    );
    await call(
      'POST',
      `/api/soignies/staff/permits/${code}/transitions`,
      { to: 'issued', version: p.version },
      { ...events, 'idempotency-key': crypto.randomUUID() },
    );

    const page = await signedIn('evenements@soignies.example', `/soignies/agents/autorisations/${code}/`);
    await page.getByTestId('staff-permit').waitFor(WAIT);
    expect(await page.getByTestId('permit-state').getAttribute('data-state')).toBe('issued');
    expect(await page.getByTestId('permit-conditions').textContent()).toContain('Deux agents sur place');
    expect(await page.getByTestId('permit-document-authorisation').getAttribute('href')).toBeTruthy();
    expect(await page.getByTestId('permit-decision-form').count()).toBe(0);
    // The timeline says the college's decision date in words, and no date anywhere in it is an ISO date.
    const timeline = (await page.getByTestId('permit-timeline').textContent()) ?? '';
    expect(timeline).toContain(`Décision du Collège du ${formatDayInWords(collegeDate, 'fr')}, référence CC-2026-117.`);
    expect(timeline).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });

  it('a worker sees no link to what their role cannot open, and is told so (not "no connection") at its address', async () => {
    const page = await signedIn('ouvrier@soignies.example', '/soignies/agents/autorisations/');
    const refused = page.getByTestId('staff-forbidden');
    await refused.waitFor(WAIT);
    expect(await refused.textContent()).toBe('Vous n’avez pas accès à cette page.');
    expect(await page.getByText('Pas de connexion', { exact: false }).count()).toBe(0);
    expect(await page.getByTestId('staff-nav-reports').count()).toBe(1);
    expect(await page.getByTestId('staff-nav-permits').count()).toBe(0);
    expect(await page.getByTestId('staff-nav-map').count()).toBe(0);
    expect(await violations(page)).toEqual([]);
    // The API agrees: the same screen's request is refused with a 403.
    const res = await fetch(`${platform.url}/api/soignies/staff/permits`, { headers: await token('ouvrier@soignies.example') });
    expect(res.status).toBe(403);
    // The way back leads to the reports, which a worker does open.
    await page.getByRole('link', { name: 'Retour aux signalements' }).click();
    await page.getByTestId('staff-nav-reports').waitFor(WAIT);
    await expect.poll(() => page.getByTestId('staff-forbidden').count(), WAIT).toBe(0);
    expect(new URL(page.url()).pathname).toBe('/soignies/agents/');
    await page.context().close();
  });
});
