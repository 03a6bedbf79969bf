/**
 * Works sites the public can follow, through the real handlers: staff publish a works project (its page, its map
 * item with the page's `url`), write progress updates with photos (on the page, in the GeoJSON and iCal feeds), the
 * A4 poster is read back by pdf.js and its QR code by jsQR, and a citizen who follows the site gets nothing but the
 * confirmation mail until they confirm, then each update, until they unsubscribe. Bad input, stale versions, other
 * communes.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { keys, worksMapItemId } from '@tandem/shared';
import { ddb, env } from '../../functions/src/lib/aws.js';
import { clock } from '../../functions/src/lib/clock.js';
import { addressHash } from '../../functions/src/notify/mail-address.js';
import { invokeHandler } from '../../infra/local/handlers/load-handler.js';
import { decodeQr, documentText, openPdf } from '../../functions/src/documents/pdf-reading.test-support.js';
import { api, auth, signIn } from './api-client.js';
import { demoPassword, eventually, localDataDir, localUrl } from '../support/local-env.js';
import { confirmAddress, confirmationLink, isConfirmationMail } from '../support/mail-confirmation.js';
import { newWorksProject, publication, publish, uploadPhoto } from './worksite-fixtures.js';

const C = '/api/soignies';
let agent = '';
let braineAdmin = '';
beforeAll(async () => {
  agent = await signIn('soignies', 'agent@soignies.example', demoPassword());
  braineAdmin = await signIn('braine-le-comte', 'admin@braine-le-comte.example', demoPassword());
});

const progress = (id: string, version: number, text: string, photos: string[] = []) =>
  api('POST', `${C}/staff/projects/${id}/progress`, { headers: auth(agent), body: { version, text, photos } });

describe('publishing a works project', () => {
  it('makes its public page, its map item (with the page’s url) and lists it; unpublishing takes them down', async () => {
    const p = await newWorksProject();
    const r = await publish(agent, p);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      id: p.id,
      version: 2,
      published: true,
      url: `/soignies/chantiers/${p.id}/`,
      posterUrl: `/api/soignies/works/${p.id}/poster.pdf`,
      mapItemId: worksMapItemId(p.id),
    });

    const list = await api('GET', `${C}/works`);
    expect(list.status).toBe(200);
    expect(list.body.items.find((i: { id: string }) => i.id === p.id)).toMatchObject({ title: p.title, currentPhase: 'Égouttage' });

    const page = await api('GET', `${C}/works/${p.id}`);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({
      why: 'Les égouts datent de 1930 et débordent à chaque orage.',
      who: 'Entreprise Dubois & fils, pour la commune et l’intercommunale',
      detours: 'Déviation par la rue Neuve et le boulevard Roosevelt.',
      updates: [],
    });
    expect(page.body.phases.map((ph: { title: string; when: string }) => [ph.title, ph.when])).toEqual([
      ['Égouttage', 'current'],
      ['Revêtement', 'future'],
    ]);
    // Never a staff member: not the lead, not who created it.
    expect(JSON.stringify(page.body)).not.toContain('sub-of-a-staff-member');
    expect(page.body).not.toHaveProperty('lead');

    const geo = await api('GET', '/api/feeds/soignies/map.geojson');
    const feature = geo.body.features.find((f: { id: string }) => f.id === worksMapItemId(p.id));
    expect(feature.properties).toMatchObject({
      kind: 'works',
      url: `/soignies/chantiers/${p.id}/`,
      source: { type: 'project', code: p.id },
      managingParty: 'Entreprise Dubois & fils, pour la commune et l’intercommunale',
    });
    expect(feature.geometry).toEqual(p.place!.geometry);
    // The map's own viewport query shows it with its url too.
    const map = await api('GET', `${C}/map/items?bbox=4.06,50.57,4.08,50.585&date=${clock.today()}`);
    const onMap = map.body.features.find((f: { id: string }) => f.id === worksMapItemId(p.id));
    expect(onMap?.properties.url).toBe(`/soignies/chantiers/${p.id}/`);
    // Staff cannot edit it from the map: it is the project's.
    const edit = await api('DELETE', `${C}/staff/map/items/${worksMapItemId(p.id)}?version=1`, { headers: auth(agent) });
    expect(edit.status).toBe(409);

    const down = await api('DELETE', `${C}/staff/projects/${p.id}/publication?version=2`, { headers: auth(agent) });
    expect(down.status).toBe(200);
    expect(down.body).toMatchObject({ published: false, version: 3 });
    expect((await api('GET', `${C}/works/${p.id}`)).status).toBe(404);
    expect((await api('GET', `${C}/works`)).body.items.some((i: { id: string }) => i.id === p.id)).toBe(false);
    const after = await api('GET', '/api/feeds/soignies/map.geojson');
    expect(after.body.features.some((f: { id: string }) => f.id === worksMapItemId(p.id))).toBe(false);
    const item = await ddb().send(new GetCommand({ TableName: env().tableName, Key: keys.mapItem('soignies', worksMapItemId(p.id)) }));
    expect(item.Item).toBeUndefined();
  });

  it('updates the page in place, guarded by the version; a retry with the same Idempotency-Key is answered, not repeated', async () => {
    const p = await newWorksProject();
    const key = crypto.randomUUID();
    const first = await api('POST', `${C}/staff/projects/${p.id}/publication`, {
      headers: { ...auth(agent), 'idempotency-key': key },
      body: publication(1),
    });
    expect(first.status).toBe(200);
    const replay = await api('POST', `${C}/staff/projects/${p.id}/publication`, {
      headers: { ...auth(agent), 'idempotency-key': key },
      body: publication(1),
    });
    expect(replay.status).toBe(200);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body.version).toBe(2);

    const stale = await api('POST', `${C}/staff/projects/${p.id}/publication`, {
      headers: auth(agent),
      body: publication(1, { who: 'Autre' }),
    });
    expect(stale.status).toBe(409);
    expect(stale.body.currentVersion).toBe(2);

    const changed = await api('POST', `${C}/staff/projects/${p.id}/publication`, {
      headers: auth(agent),
      body: publication(2, { who: 'Régie communale des travaux', detours: undefined }),
    });
    expect(changed.status).toBe(200);
    const page = await api('GET', `${C}/works/${p.id}`);
    expect(page.body.who).toBe('Régie communale des travaux');
    expect(page.body).not.toHaveProperty('detours');
  });

  it('refuses bad input naming the fields, projects that are not works or have no place, and unknown ids', async () => {
    const p = await newWorksProject();
    const bad = await api('POST', `${C}/staff/projects/${p.id}/publication`, {
      headers: auth(agent),
      body: { version: 1, why: '', who: 'x'.repeat(301), phases: [{ title: 'A', start: '2026-05-10', end: '2026-05-01' }] },
    });
    expect(bad.status).toBe(422);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    const names = bad.body['invalid-params'].map((i: { name: string }) => i.name);
    expect(names).toEqual(expect.arrayContaining(['why', 'who', 'phases.0.title', 'phases.0.end']));

    const event = await newWorksProject({ kind: 'event' });
    expect((await publish(agent, event)).status).toBe(409);
    const nowhere = await newWorksProject({ place: undefined });
    expect((await publish(agent, nowhere)).status).toBe(409);
    expect((await api('POST', `${C}/staff/projects/ZZZZ-ZZZZ/publication`, { headers: auth(agent), body: publication(1) })).status).toBe(
      404,
    );
    expect((await api('GET', `${C}/works/ZZZZ-ZZZZ`)).status).toBe(404);
    expect((await api('GET', `${C}/works/not-an-id`)).status).toBe(404);
    // Progress before publishing: 409.
    expect((await progress(p.id, 1, 'Début du chantier')).status).toBe(409);
  });

  it('keeps communes apart: another commune’s staff get a 403, another commune’s path a 404', async () => {
    const p = await newWorksProject();
    expect((await publish(braineAdmin, p)).status).toBe(403);
    expect(
      (await api('POST', `/api/braine-le-comte/staff/projects/${p.id}/publication`, { headers: auth(braineAdmin), body: publication(1) }))
        .status,
    ).toBe(404);
    expect((await publish(agent, p)).status).toBe(200);
    expect((await api('GET', `/api/braine-le-comte/works/${p.id}`)).status).toBe(404);
    expect((await api('GET', '/api/braine-le-comte/works')).body.items.some((i: { id: string }) => i.id === p.id)).toBe(false);
  });
});

describe('progress updates', () => {
  it('show on the page with their photos, on the map item and in the GeoJSON and iCal feeds', async () => {
    const p = await newWorksProject();
    expect((await publish(agent, p)).status).toBe(200);
    const photo = await uploadPhoto();
    const r = await progress(p.id, 2, 'Les tuyaux sont posés jusqu’au n° 40.', [photo]);
    expect(r.status).toBe(200);
    expect(r.body.version).toBe(3);

    const page = await api('GET', `${C}/works/${p.id}`);
    expect(page.body.updates).toHaveLength(1);
    expect(page.body.updates[0]).toMatchObject({ text: 'Les tuyaux sont posés jusqu’au n° 40.' });
    expect(page.body.updates[0]).not.toHaveProperty('actor');
    const shown = await fetch(page.body.updates[0].photos[0].url);
    expect(shown.status).toBe(200);
    expect(shown.headers.get('content-type')).toBe('image/jpeg');

    const geo = await api('GET', '/api/feeds/soignies/map.geojson');
    const feature = geo.body.features.find((f: { id: string }) => f.id === worksMapItemId(p.id));
    expect(feature.properties.updates).toEqual([{ at: page.body.updates[0].at, text: 'Les tuyaux sont posés jusqu’au n° 40.' }]);

    const ics = await api('GET', '/api/feeds/soignies/agenda.ics');
    const events = new ICAL.Component(ICAL.parse(ics.body as string)).getAllSubcomponents('vevent');
    const update = events.find((e) => String(e.getFirstPropertyValue('uid')).startsWith(`${worksMapItemId(p.id)}-progress-`));
    expect(update).toBeDefined();
    expect(update!.getFirstPropertyValue('description')).toBe('Les tuyaux sont posés jusqu’au n° 40.');
    expect(String(update!.getFirstPropertyValue('url'))).toMatch(new RegExp(`/soignies/chantiers/${p.id}/$`));
    expect(String(update!.getFirstPropertyValue('dtstart'))).toBe(clock.today());

    // A photo that is not ours: 422 naming it; a stale version: 409.
    const foreign = await progress(p.id, 3, 'Encore', ['uploads/braine-le-comte/2026-01-01/00000000-0000-4000-8000-000000000000.jpg']);
    expect(foreign.status).toBe(422);
    expect(foreign.body['invalid-params'][0].name).toBe('photos.0');
    expect((await progress(p.id, 2, 'Trop tard')).status).toBe(409);
  });
});

describe('the A4 poster', () => {
  it('is a PDF with the site’s words and a QR code to its page', async () => {
    const p = await newWorksProject({ title: 'Égouttage de la rue de la Station' });
    expect((await publish(agent, p)).status).toBe(200);
    const res = await fetch(`${localUrl()}${C}/works/${p.id}/poster.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const pdf = await openPdf(new Uint8Array(await res.arrayBuffer()));
    expect(pdf.numPages).toBe(1);
    const text = await documentText(pdf);
    for (const words of [
      'CHANTIER',
      'Égouttage de la rue de la Station',
      'Rue de la Station, 7060 Soignies',
      'Phase en cours',
      'Entreprise Dubois & fils',
    ])
      expect(text).toContain(words);
    const qr = await decodeQr(pdf);
    expect(qr).toMatch(/^https?:\/\//);
    expect(qr).toMatch(new RegExp(`/soignies/chantiers/${p.id}/$`));
    expect((await fetch(`${localUrl()}${C}/works/ZZZZ-ZZZZ/poster.pdf`)).status).toBe(404);
  });
});

const outbox = () => join(localDataDir(), 'outbox');
function mailsTo(address: string): { id: string; subject: string; text: string; to: string; tags: Record<string, string> }[] {
  if (!existsSync(outbox())) return [];
  return readdirSync(outbox())
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(outbox(), f), 'utf8')))
    .filter((m) => m.to === address);
}
const streamsOn = process.env.TANDEM_IT_STREAMS !== 'off';

describe.runIf(streamsOn)('citizens following a site by e-mail (stream → bus → rule → notifier → mail)', () => {
  it('gets only the confirmation mail until confirmed, then each update, until they unsubscribe', async () => {
    const p = await newWorksProject({ title: 'Rue des Tilleuls' });
    expect((await publish(agent, p)).status).toBe(200);
    const email = `voisin-${crypto.randomUUID()}@example.org`;
    const w = await api('POST', `${C}/works/${p.id}/watchers`, { body: { email, locale: 'fr' } });
    expect(w.status).toBe(202);
    expect(w.body).toEqual({ status: 'check-your-mail' });
    const link = await eventually(() => confirmationLink(outbox(), email, p.id), 20_000, 'confirmation mail');
    expect(link.mail.text).toContain(`/soignies/chantiers/${p.id}/`);

    // An update while the address is pending is held for it, not sent: the address has the confirmation mail only.
    expect((await progress(p.id, 2, 'Fermeture complète lundi et mardi.')).status).toBe(200);
    const record = keys.mailAddressRequest('soignies', addressHash(email), 'works', p.id);
    await eventually(
      async () => {
        const r = await ddb().send(new GetCommand({ TableName: env().tableName, Key: record, ConsistentRead: true }));
        return String(r.Item?.heldTimelineId ?? '').startsWith('TL#') ? true : undefined;
      },
      20_000,
      'the update held',
    );
    expect(mailsTo(email).every(isConfirmationMail)).toBe(true);
    expect(JSON.stringify(mailsTo(email))).not.toContain('Fermeture complète');

    // Confirming sends the latest held mail (the update), in words staff wrote, with the unsubscribe link.
    await confirmAddress(outbox(), email, (path) => api('POST', path), p.id);
    const first = await eventually(
      () => mailsTo(email).find((m) => m.text.includes('Fermeture complète lundi et mardi.')),
      20_000,
      'the held update',
    );
    expect(first.subject).toBe('Chantier « Rue des Tilleuls » : du nouveau');
    const unsubscribe = /\/soignies\/chantiers\/[^/]+\/#desabonner=([0-9a-f]{64}\.[A-Za-z0-9_-]{43})/.exec(first.text);
    expect(unsubscribe).not.toBeNull();

    // The next update goes out at once.
    expect((await progress(p.id, 3, 'Réouverture vendredi.')).status).toBe(200);
    await eventually(() => mailsTo(email).find((m) => m.text.includes('Réouverture vendredi.')), 20_000, 'the next update');
    // Signing up again sends at most the welcome (fixed text), once: a third time sends nothing.
    const again = () => api('POST', `${C}/works/${p.id}/watchers`, { body: { email } });
    expect((await again()).status).toBe(202);
    const count = mailsTo(email).length;
    expect((await again()).status).toBe(202);
    expect(mailsTo(email)).toHaveLength(count);
    expect(mailsTo(email).filter((m) => m.tags.kind === 'works_welcome').length).toBeLessThanOrEqual(1);

    // Unsubscribing: 204, and the site's next update reaches no one.
    expect((await api('DELETE', `${C}/works/${p.id}/watchers/${unsubscribe![1]}`)).status).toBe(204);
    const last = await progress(p.id, 4, 'Fin du chantier.');
    expect(last.status).toBe(200);
    const page = await api('GET', `${C}/works/${p.id}`);
    const { Items } = await ddb().send(
      new QueryCommand({
        TableName: env().tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :tl)',
        ExpressionAttributeValues: { ':pk': keys.projectPk('soignies', p.id), ':tl': 'TL#' },
        ScanIndexForward: false,
        Limit: 1,
      }),
    );
    const sk = String(Items?.[0]?.sk);
    expect(page.body.updates[0].text).toBe('Fin du chantier.');
    // The notifier, run on that update's event (as the bus would), finds no one to write to.
    const result = await invokeHandler('worksites/notify-watchers', {
      'detail-type': 'Works site progress',
      detail: { commune: 'soignies', projectId: p.id, at: page.body.updates[0].at, timelineId: sk },
    });
    expect(result).toEqual({ sent: {} });
  });

  it('refuses a malformed address (422 naming it) and unknown sites (404)', async () => {
    const p = await newWorksProject();
    expect((await publish(agent, p)).status).toBe(200);
    const bad = await api('POST', `${C}/works/${p.id}/watchers`, { body: { email: 'pas une adresse' } });
    expect(bad.status).toBe(422);
    expect(bad.body['invalid-params'][0].name).toBe('email');
    expect((await api('POST', `${C}/works/ZZZZ-ZZZZ/watchers`, { body: { email: 'a@example.org' } })).status).toBe(404);
    expect((await api('DELETE', `${C}/works/${p.id}/watchers/nope`)).status).toBe(404);
  });
});
