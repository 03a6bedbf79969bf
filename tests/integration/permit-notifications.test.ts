/** Permit events over the bus: the requester is mailed in their language, departments when their opinion is asked for or due soon. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, addWorkingDays, formatDayInWords } from '@tandem/shared';
import { api, auth, signIn } from './api-client.js';
import { demoPassword, eventually, localDataDir } from '../support/local-env.js';
import { eventDetails, requester, tinyPdf, today, uploadDocument } from './permit-fixtures.js';
import { confirmAddress, isConfirmationMail } from '../support/mail-confirmation.js';

type OutMail = { id: string; subject: string; text: string; to: string; tags: Record<string, string> };
function mails(filter: (m: OutMail) => boolean): OutMail[] {
  const dir = join(localDataDir(), 'outbox');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as OutMail)
    .filter(filter)
    .sort((a, b) => a.id.localeCompare(b.id));
}
const streamsOn = process.env.TANDEM_IT_STREAMS !== 'off';

describe.runIf(streamsOn)('permit notifications (table stream → bus → rules → notifiers → mail)', () => {
  let events: string;
  beforeAll(async () => {
    events = await signIn('soignies', 'evenements@soignies.example', demoPassword());
  });

  it('mails the requester on each state change, and each reviewing department when asked and reminded', async () => {
    const email = `asbl-${crypto.randomUUID()}@example.org`;
    const insurance = await uploadDocument(tinyPdf());
    const created = await api('POST', '/api/soignies/permits', {
      body: { kind: 'event', locale: 'nl', details: eventDetails(insurance), requester: requester({ email }) },
    });
    const { code, key } = created.body;
    // The requester confirms their address first (docs/mail-confirmation.md); the held mail then goes out.
    await confirmAddress(join(localDataDir(), 'outbox'), email, (path) => api('POST', path), code);
    const move = (to: string, version: number) =>
      api('POST', `/api/soignies/staff/permits/${code}/transitions`, { headers: auth(events), body: { to, version } });
    await move('under_review', 1);
    await move('opinions', 2);

    const toRequester = await eventually(
      () => {
        const m = mails((x) => x.to === email && !isConfirmationMail(x));
        return m.length >= 3 ? m : undefined;
      },
      20_000,
      'requester mails',
    );
    expect(toRequester.map((m) => m.subject)).toEqual([
      `Uw aanvraag ${code} is goed ontvangen`,
      `Uw aanvraag ${code}: In behandeling`,
      `Uw aanvraag ${code}: Adviezen van de diensten`,
    ]);
    expect(toRequester[0].text).toContain(`#cle=${key}`);

    const toDepartments = await eventually(
      () => {
        const m = mails((x) => x.tags.code === code && x.tags.audience === 'department');
        return m.length >= 2 ? m : undefined;
      },
      20_000,
      'department mails',
    );
    expect(toDepartments.map((m) => m.to).sort()).toEqual(['police@soignies.example', 'secours@soignies.example']);
    expect(toDepartments[0].text).not.toContain(email);

    // Two working days before the due date, the scheduler reminds each department once.
    const { handler } = await import('../../functions/src/permits/advance-permits.js');
    const due = addWorkingDays(today(), 10, ['09-27', '11-02', '12-26']);
    const early = await handler({ today: today() });
    expect(mails((x) => x.tags.code === code && x.tags.kind === 'opinion_reminder')).toHaveLength(0);
    void early;
    const nearDue = addDays(due, -1);
    const first = await handler({ today: nearDue });
    expect(first.reminded).toBeGreaterThanOrEqual(2);
    const again = await handler({ today: nearDue });
    const remindersFor = () => mails((x) => x.tags.code === code && x.tags.kind === 'opinion_reminder');
    await eventually(() => (remindersFor().length >= 2 ? true : undefined), 20_000, 'reminders');
    expect(remindersFor()).toHaveLength(2);
    expect(again.reminded).toBe(0);

    // People read these mails: their dates are written in words, none as an ISO date.
    const dueInWords = formatDayInWords(due, 'fr');
    expect(toDepartments[0].text).toContain(`Avis attendu pour le ${dueInWords}.`);
    expect(remindersFor()[0].subject).toContain(`avis attendu pour le ${dueInWords}`);
    for (const m of [...toRequester, ...toDepartments, ...remindersFor()])
      expect(`${m.subject}\n${m.text}`).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});
