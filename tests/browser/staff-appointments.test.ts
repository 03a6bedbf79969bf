/**
 * The staff's day of counter appointments (docs/appointments.md) in Chromium against the whole local platform, its
 * clock fixed on a Friday morning in Brussels: three people book the next open day by the public API and one cancels;
 * an agent opens « Rendez-vous » from the staff nav, chooses that day and the population counter, sees them in time
 * order (the cancelled one struck out and said so, with no « Arrivé »), marks one arrived (the time stays after a
 * reload, and the address keeps the day and the counter). A field worker has no link to the screen. axe finds nothing.
 */
import { describe, expect, it } from 'vitest';
import { DESK, WAIT, call, signedIn, useBrowserSession, violations } from './browser-session.js';

/** Friday 21 March 2031, 10:00 in Brussels. */
const AT = '2031-03-21T09:00:00Z';
useBrowserSession({ clock: AT });

const tag = () => crypto.randomUUID().slice(0, 8);
interface Booked {
  code: string;
  token: string;
  start: string;
  day: string;
}

/** Three appointments on the first day with three free times for an identity card; the last one cancelled. */
async function bookThree(): Promise<Booked[]> {
  const { slots } = await call<{ slots: { start: string; day: string }[] }>(
    'GET',
    '/api/soignies/appointments/slots?service=population&type=carte-identite&from=2031-03-22&to=2031-04-30',
  );
  const day = slots.find((s) => slots.filter((o) => o.day === s.day).length >= 3)!.day;
  const starts = slots.filter((s) => s.day === day).slice(0, 3);
  const booked: Booked[] = [];
  for (const [i, s] of starts.entries()) {
    booked.push(
      await call<Booked>('POST', '/api/soignies/appointments', {
        name: `Personne ${i + 1} ${tag()}`,
        email: `guichet-${tag()}@example.org`,
        phone: '0470 12 34 56',
        service: 'population',
        type: 'carte-identite',
        start: s.start,
      }),
    );
  }
  await call('DELETE', `/api/soignies/appointments/${booked[2].code}?token=${booked[2].token}`);
  return booked;
}

describe('the staff’s day of appointments', () => {
  it('lists a day in time order, strikes out the cancelled one, and marks an arrival that stays', async () => {
    const [first, second, cancelled] = await bookThree();
    const page = await signedIn('agent@soignies.example', '/soignies/agents/', DESK);
    await page.clock.setFixedTime(AT);
    await page.getByTestId('staff-nav-appointments').click();
    await page.getByRole('heading', { name: 'Rendez-vous au guichet', level: 1 }).waitFor(WAIT);
    await page.getByLabel('Service').selectOption('population');
    await page.getByLabel('Jour', { exact: true }).fill(first.day);
    const list = page.getByTestId('appointments-staff-list');
    const row = (code: string) => list.locator(`li[data-code="${code}"]`);
    await row(cancelled.code).waitFor(WAIT);

    const codes = await list.locator('li').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')));
    const ours = codes.filter((c) => [first.code, second.code, cancelled.code].includes(c!));
    expect(ours).toEqual([first.code, second.code, cancelled.code]);
    expect(await row(cancelled.code).getAttribute('data-status')).toBe('cancelled');
    expect(await row(cancelled.code).textContent()).toContain('Annulé');
    expect(await row(cancelled.code).locator('s').count()).toBeGreaterThan(0);
    expect(await row(cancelled.code).getByRole('button').count()).toBe(0);
    expect(await row(first.code).textContent()).toContain('Attendu');
    expect(await violations(page)).toEqual([]);

    // Marked arrived: said, and shown with the time (the platform's clock: 10 h in Brussels).
    await row(first.code)
      .getByRole('button', { name: /^Arrivé : Personne 1/ })
      .click();
    await expect
      .poll(() => page.getByTestId('appointments-staff-said').textContent(), WAIT)
      .toMatch(/^Arrivée notée : Personne 1 \S+, à 10 h\.$/);
    expect(await row(first.code).getAttribute('data-status')).toBe('arrived');
    expect(await row(first.code).textContent()).toContain('Arrivée à 10 h');
    expect(await row(first.code).getByRole('button').count()).toBe(0);
    expect(await violations(page)).toEqual([]);

    // The address keeps the day and the counter: a reload shows the same list, the arrival kept.
    const url = new URL(page.url());
    expect([url.searchParams.get('jour'), url.searchParams.get('service')]).toEqual([first.day, 'population']);
    await page.reload();
    await row(first.code).waitFor(WAIT);
    expect(await row(first.code).getAttribute('data-status')).toBe('arrived');
    expect(await row(second.code).getAttribute('data-status')).toBe('booked');
    await page.context().close();
  });

  it('has no link for a field worker', async () => {
    const page = await signedIn('ouvrier@soignies.example', '/soignies/agents/', DESK);
    await page.getByTestId('staff-nav').waitFor(WAIT);
    expect(await page.getByTestId('staff-nav-appointments').count()).toBe(0);
    await page.context().close();
  });
});
