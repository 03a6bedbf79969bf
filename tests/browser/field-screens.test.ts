/**
 * The field app's screens (web/src/components/field/), in Chromium, over in-memory stand-ins of the shell's store and
 * outbox (support/field-standins.ts): the page is a test-only harness (support/field-harness.tsx) bundled here with
 * esbuild and served by the test itself on a localhost origin (a secure context, so the phone's position works). The
 * real page, store and outbox are the shell's (field-offline.test.ts). Asserted: the list's order (due, then
 * distance), « Commencer », « Terminer » (a photo required, then resized), « Signaler » in three taps with the GPS
 * position (and without it), conflicts in words, the outbox bar, no map before the task page, axe, targets ≥ 48 px.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CommuneConfig, publicCommuneConfig } from '../../shared/src/commune-config.js';
import type { FieldTaskView, TodayView } from '../../shared/src/field/field-api.js';
import { PHONE, WAIT, violations } from './browser-session.js';
import { launchChromium, samplePng } from './chromium.js';

const root = new URL('../../', import.meta.url).pathname;
const ORIGIN = 'http://localhost:4799';
const HERE = { latitude: 50.5794, longitude: 4.0714 };
const commune = publicCommuneConfig(CommuneConfig.parse(JSON.parse(readFileSync(join(root, 'infra/communes/soignies.json'), 'utf8'))));
/** What the phone loads before the task list, in this harness: the screens, Preact, signals, the messages. */
const BEFORE_LIST_GZIP_BOUND = 60 * 1024;

let out: string;
let browser: Browser;
let entryGzip = 0;
let entryInputs: string[] = [];

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'field-screens-'));
  const built = await esbuild.build({
    entryPoints: [join(root, 'tests/browser/support/field-harness.tsx')],
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: out,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    minify: true,
    metafile: true,
    logLevel: 'error',
    plugins: [
      {
        // Vite's `?url` imports (the map's stylesheet and worker): served from maplibre's dist by the route below.
        name: 'vite-url',
        setup(b) {
          b.onResolve({ filter: /\?url$/ }, (a) => ({ path: a.path.replace(/\?url$/, ''), namespace: 'url' }));
          b.onLoad({ filter: /.*/, namespace: 'url' }, (a) => ({
            contents: `export default "/assets/${a.path.split('/').pop()}"`,
            loader: 'js',
          }));
        },
      },
    ],
  });
  // The harness's own chunk: every dynamic import's chunk has an `entryPoint` too (the map's, pmtiles').
  const entry = Object.entries(built.metafile.outputs).find(([, o]) => o.entryPoint?.endsWith('support/field-harness.tsx'));
  if (!entry) throw new Error('no entry chunk');
  entryGzip = gzipSync(readFileSync(resolve(process.cwd(), entry[0]))).length;
  entryInputs = Object.keys(entry[1].inputs);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

const HTML = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Terrain</title><link rel="stylesheet" href="field-harness.css"></head><body><div id="app"></div><script type="module" src="field-harness.js"></script></body></html>`;

const TYPES: Record<string, string> = { js: 'text/javascript', mjs: 'text/javascript', css: 'text/css' };

function task(id: string, over: Partial<FieldTaskView>): FieldTaskView {
  return {
    id,
    title: id,
    description: '',
    department: 'travaux',
    assignees: ['worker'],
    mine: true,
    status: 'todo',
    priority: 'normal',
    overdue: false,
    checklist: [],
    photos: [],
    version: 1,
    ...over,
  };
}

const point = (lng: number, lat: number, label: string) => ({
  label,
  geometry: { type: 'Point' as const, coordinates: [lng, lat] as [number, number] },
});

/** Two due at the same time (the near one first when the phone tells where it is), one late, one without due time, one of the team. */
function todayView(): TodayView {
  const now = Date.now();
  const inThreeHours = new Date(now + 3 * 3600_000).toISOString();
  return {
    at: new Date(now - 10 * 60_000).toISOString(),
    mine: [
      task('FAR', {
        title: 'Reboucher un nid-de-poule',
        dueAt: inThreeHours,
        place: point(4.11, 50.6, 'Chaussée de Braine 40'),
        checklist: [
          { id: 'c1', text: 'Baliser la zone', done: false },
          { id: 'c2', text: 'Nettoyer après', done: false },
        ],
        version: 3,
      }),
      task('NEAR', { title: 'Remplacer une ampoule', dueAt: inThreeHours, place: point(4.0716, 50.5795, 'Place Verte') }),
      task('LATE', {
        title: 'Ramasser un dépôt sauvage',
        department: 'environnement',
        dueAt: new Date(now - 2 * 3600_000).toISOString(),
        overdue: true,
        status: 'doing',
        version: 5,
        place: point(4.08, 50.58, 'Rue de la Station 12'),
        checklist: [{ id: 'k1', text: 'Photo avant', done: true }],
      }),
      task('NODATE', { title: 'Tailler la haie', department: 'espaces-verts' }),
    ],
    team: [
      task('TEAM', { title: 'Redresser un panneau', department: 'mobilite', mine: false, dueAt: new Date(now + 3600_000).toISOString() }),
    ],
  };
}

async function open(
  options: { today?: TodayView; offline?: boolean; gps?: boolean | 'refused'; hash?: string; context?: BrowserContextOptions } = {},
): Promise<Page> {
  const context = await browser.newContext({ locale: 'fr-BE', viewport: PHONE, ...options.context });
  if (options.gps === true) {
    await context.grantPermissions(['geolocation'], { origin: ORIGIN });
    await context.setGeolocation(HERE);
  }
  await context.route(`${ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/terrain/') return route.fulfill({ contentType: 'text/html', body: HTML });
    const file = path.startsWith('/assets/')
      ? join(root, 'node_modules/maplibre-gl/dist', path.slice(8))
      : join(out, path.replace(/^\/terrain\//, ''));
    try {
      return await route.fulfill({
        contentType: TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream',
        body: readFileSync(file),
      });
    } catch {
      return route.fulfill({ status: 404, body: '' });
    }
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.addInitScript((data) => Object.assign(window, { __FIELD__: data }), {
    commune,
    today: options.today ?? todayView(),
    offline: options.offline ?? false,
  });
  if (options.gps === 'refused') {
    // The worker said no to the prompt (as a phone answers: PERMISSION_DENIED, at once).
    await page.addInitScript(() => {
      navigator.geolocation.getCurrentPosition = (_ok, fail) =>
        void setTimeout(() =>
          fail?.({
            code: 1,
            message: 'User denied Geolocation',
            PERMISSION_DENIED: 1,
            POSITION_UNAVAILABLE: 2,
            TIMEOUT: 3,
          } as GeolocationPositionError),
        );
    });
  }
  await page.goto(`${ORIGIN}/terrain/${options.hash ?? ''}`);
  await page.getByRole('heading', { level: 1 }).first().waitFor(WAIT);
  return page;
}

/** The actions the screens put in the outbox, photos described by their type and size (blobs do not leave the page). */
const added = (page: Page) =>
  page.evaluate(() =>
    window.__field.outbox.added.map((a) => ('photos' in a ? { ...a, photos: a.photos.map((p) => ({ type: p.type, size: p.size })) } : a)),
  );

const titles = (page: Page, list: 'fa-mine' | 'fa-team') => page.getByTestId(list).locator('.fa-card-title').allTextContents();

/** Buttons, links, tiles and checklist rows narrower or lower than 48 px (none expected). */
const smallTargets = (page: Page) =>
  page.$$eval('.field-app :is(button, a[href], .fa-tile, .fa-check)', (els) =>
    els
      .filter((e) => {
        const r = e.getBoundingClientRect();
        // The map's own zoom buttons (maplibre's) are left to it.
        return r.width > 0 && !e.closest('.fa-map') && (r.width < 48 || r.height < 48);
      })
      .map(
        (e) => `${e.outerHTML.slice(0, 80)} ${Math.round(e.getBoundingClientRect().width)}×${Math.round(e.getBoundingClientRect().height)}`,
      ),
  );

const photo = { name: 'photo.png', mimeType: 'image/png', buffer: samplePng() };

describe('the field app’s screens', () => {
  it('load the list with a small JavaScript (no zod, no map library) and no map before a task is opened', async () => {
    expect(entryGzip).toBeGreaterThan(0);
    expect(entryGzip).toBeLessThan(BEFORE_LIST_GZIP_BOUND);
    expect(entryInputs.filter((i) => /node_modules\/(zod|maplibre-gl)\//.test(i))).toEqual([]);
    const page = await open();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await expect.poll(() => titles(page, 'fa-mine'), WAIT).toHaveLength(4);
    expect(requests.filter((u) => /draw-map|maplibre/.test(u))).toEqual([]);
    await page.getByRole('link', { name: /Reboucher un nid-de-poule/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Reboucher un nid-de-poule' }).waitFor(WAIT);
    await expect.poll(() => requests.some((u) => /draw-map/.test(u)), WAIT).toBe(true);
    await page.context().close();
  });

  it('order the cards by due time, then by distance once the phone gives its position; the team’s are not startable', async () => {
    const page = await open();
    await expect
      .poll(() => titles(page, 'fa-mine'), WAIT)
      .toEqual(['Ramasser un dépôt sauvage', 'Reboucher un nid-de-poule', 'Remplacer une ampoule', 'Tailler la haie']);
    await expect(page.locator('[data-task="LATE"] .fa-due').textContent()).resolves.toBe('en retard');
    await page.context().close();

    const located = await open({ gps: true });
    await expect
      .poll(() => titles(located, 'fa-mine'), WAIT)
      .toEqual(['Ramasser un dépôt sauvage', 'Remplacer une ampoule', 'Reboucher un nid-de-poule', 'Tailler la haie']);
    await located.getByText('Classées par échéance puis par distance.').waitFor(WAIT);
    await expect(located.locator('[data-task="NEAR"] .fa-distance').textContent()).resolves.toMatch(/^à \d+ m$/);
    const team = located.locator('[data-task="TEAM"]');
    await expect(team.getByText('Tâche de l’équipe').count()).resolves.toBe(1);
    await expect(team.getByRole('button').count()).resolves.toBe(0);
    expect(await violations(located)).toEqual([]);
    expect(await smallTargets(located)).toEqual([]);
    await located.context().close();
  });

  it('« Commencer » puts a move in the outbox; the card then offers « Terminer », the bar counts it', async () => {
    const page = await open();
    await page.getByText('Tout est envoyé').waitFor(WAIT);
    await page.locator('[data-task="FAR"]').getByRole('button', { name: 'Commencer' }).click();
    await page.locator('[data-task="FAR"]').getByRole('button', { name: 'Terminer' }).waitFor(WAIT);
    expect(await added(page)).toEqual([{ kind: 'move', taskId: 'FAR', from: 'todo', to: 'doing', version: 3 }]);
    await page.getByTestId('field-outbox').getByText('1 action en attente').waitFor(WAIT);
    await page.getByRole('button', { name: 'Envoyer maintenant' }).click();
    await expect.poll(() => page.evaluate(() => window.__field.outbox.flushes), WAIT).toBe(1);
    await page.context().close();
  });

  it('« Terminer » refuses without a photo, then puts a finish with the resized photo, the note and the checklist', async () => {
    const page = await open();
    await page.locator('[data-task="LATE"]').getByRole('button', { name: 'Terminer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Terminer : Ramasser un dépôt sauvage' }).waitFor(WAIT);
    await page.getByRole('button', { name: 'Envoyer et terminer' }).click();
    await page.getByRole('alert').filter({ hasText: 'Une photo au moins est nécessaire pour terminer.' }).waitFor(WAIT);
    expect(await added(page)).toEqual([]);
    expect(await violations(page)).toEqual([]);

    await page.locator('input[type=file]').setInputFiles(photo);
    await page.getByRole('img', { name: 'Photo 1' }).waitFor(WAIT);
    // A second one, then removed: one photo remains.
    await page.locator('input[type=file]').setInputFiles(photo);
    await page.getByRole('button', { name: 'Retirer la photo 2' }).click();
    await expect(page.getByRole('img', { name: /^Photo \d$/ }).count()).resolves.toBe(1);
    await page.getByLabel('Note (facultative)').fill('Sacs enlevés, 3 pneus laissés pour le parc à conteneurs.');
    expect(await smallTargets(page)).toEqual([]);
    await page.getByRole('button', { name: 'Envoyer et terminer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aujourd’hui' }).waitFor(WAIT);
    const [finish] = (await added(page)) as Record<string, any>[];
    expect(finish).toMatchObject({
      kind: 'finish',
      taskId: 'LATE',
      from: 'doing',
      version: 5,
      note: 'Sacs enlevés, 3 pneus laissés pour le parc à conteneurs.',
      checklist: [{ id: 'k1', done: true }],
    });
    // The camera's PNG came back as a JPEG: it went through photo-resize.
    expect(finish.photos).toHaveLength(1);
    expect(finish.photos[0].type).toBe('image/jpeg');
    expect(finish.photos[0].size).toBeGreaterThan(0);
    await page.getByText('C’est noté. L’envoi se fait dès que possible.').waitFor(WAIT);
    await page.context().close();
  });

  it('« Signaler » in three taps: photo, category, send, with the GPS position', async () => {
    const page = await open({ gps: true });
    await page.getByRole('link', { name: 'Signaler ce que je vois' }).click();
    await page.getByRole('heading', { level: 1, name: 'Signaler ce que je vois' }).waitFor(WAIT);
    await page.locator('input[type=file]').setInputFiles(photo); // 1
    await page.getByRole('img', { name: 'Photo 1' }).waitFor(WAIT);
    await page.getByRole('radio', { name: 'Dépôt sauvage' }).check(); // 2
    await page.getByText(/Position trouvée/).waitFor(WAIT);
    expect(await violations(page)).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
    await page.getByRole('button', { name: 'Envoyer le signalement' }).click(); // 3
    await page.getByRole('heading', { level: 1, name: 'Aujourd’hui' }).waitFor(WAIT);
    const [report] = (await added(page)) as Record<string, any>[];
    expect(report).toMatchObject({ kind: 'report', category: 'depot-sauvage', lat: HERE.latitude, lng: HERE.longitude, description: '' });
    expect(report.photos.map((p: { type: string }) => p.type)).toEqual(['image/jpeg']);
    await page.context().close();
  });

  it('« Signaler » without the phone’s position says so, and takes the task’s place instead', async () => {
    const page = await open({ gps: 'refused', hash: '#/signaler?tache=NEAR' });
    await page.getByText('La position du téléphone n’est pas disponible (refusée ou introuvable).').waitFor(WAIT);
    await page.locator('input[type=file]').setInputFiles(photo);
    await page.getByRole('img', { name: 'Photo 1' }).waitFor(WAIT);
    await page.getByRole('radio', { name: 'Éclairage public en panne' }).check();
    await page.getByRole('button', { name: 'Au lieu de : Place Verte' }).click();
    await page.getByRole('button', { name: 'Envoyer le signalement' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aujourd’hui' }).waitFor(WAIT);
    const [report] = (await added(page)) as Record<string, any>[];
    expect(report).toMatchObject({ kind: 'report', category: 'eclairage', lat: 50.5795, lng: 4.0716 });
    expect(report.accuracy).toBeUndefined();
    await page.context().close();
  });

  it('the task page shows the place in words, « Y aller » to the phone’s navigation, the checklist and the next step', async () => {
    const page = await open({ hash: '#/tache/FAR' });
    await page.getByText('Chaussée de Braine 40').first().waitFor(WAIT);
    await expect(page.getByRole('link', { name: /Y aller/ }).getAttribute('href')).resolves.toBe(
      'https://www.openstreetmap.org/directions?route=%3B50.6%2C4.11#map=17/50.6/4.11',
    );
    await page.getByText('Baliser la zone').waitFor(WAIT);
    await page.getByRole('button', { name: 'Commencer' }).click();
    await page.getByRole('button', { name: 'Terminer' }).waitFor(WAIT);
    expect(await violations(page)).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
    await page.context().close();

    const android = await open({
      hash: '#/tache/FAR',
      context: {
        userAgent: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36',
      },
    });
    await expect(android.getByRole('link', { name: /Y aller/ }).getAttribute('href')).resolves.toMatch(/^geo:50\.6,4\.11\?q=/);
    await android.context().close();
  });

  it('explain conflicts in words with what they held, keep the note as a comment, and let them go', async () => {
    const page = await open();
    await page.evaluate(async () => {
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 8;
      const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/jpeg'));
      const o = window.__field.outbox;
      o.conflict(
        { kind: 'finish', taskId: 'FAR', from: 'doing', version: 3, note: 'Trou rebouché à froid.', checklist: [], photos: [blob] },
        'reassigned',
      );
      o.conflict({ kind: 'move', taskId: 'NEAR', from: 'todo', to: 'doing', version: 1 }, 'refused', 'version périmée');
    });
    const conflicts = page.getByRole('region', { name: 'À revoir' });
    await conflicts.getByText('Cette tâche a été confiée à quelqu’un d’autre entre-temps.').waitFor(WAIT);
    await conflicts.getByText('Vous aviez terminé « Reboucher un nid-de-poule ».').waitFor(WAIT);
    await conflicts.getByText('Trou rebouché à froid.').waitFor(WAIT);
    await conflicts.getByRole('img', { name: 'Photo 1' }).waitFor(WAIT);
    await conflicts.getByText('Le serveur a refusé cette action : version périmée').waitFor(WAIT);
    // Conflicts are not « waiting »: nothing to send.
    await page.getByText('Tout est envoyé').waitFor(WAIT);
    expect(await violations(page)).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);

    await conflicts.getByRole('button', { name: 'Garder ma note en commentaire' }).click();
    await expect.poll(() => added(page), WAIT).toEqual([{ kind: 'comment', taskId: 'FAR', text: 'Trou rebouché à froid.' }]);
    await expect.poll(() => conflicts.locator('.fa-conflict').count(), WAIT).toBe(1);
    await conflicts.getByRole('button', { name: 'J’ai compris' }).click();
    await expect.poll(() => page.getByRole('region', { name: 'À revoir' }).count(), WAIT).toBe(0);
    await page.context().close();
  });

  it('keep a conflict’s photos as a new report: the conflict goes once the report is in the outbox', async () => {
    const page = await open({ gps: true });
    await page.evaluate(async () => {
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 8;
      const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/jpeg'));
      window.__field.outbox.conflict(
        { kind: 'finish', taskId: 'NEAR', from: 'doing', version: 1, note: '', checklist: [], photos: [blob] },
        'cancelled',
      );
    });
    const conflicts = page.getByRole('region', { name: 'À revoir' });
    await conflicts.getByText('Cette tâche a été annulée entre-temps.').waitFor(WAIT);
    await expect(conflicts.getByRole('button', { name: 'Garder ma note en commentaire' }).count()).resolves.toBe(0);
    await conflicts.getByRole('button', { name: 'Faire un signalement avec ces photos' }).click();
    await page.getByRole('heading', { level: 1, name: 'Signaler ce que je vois' }).waitFor(WAIT);
    await page.getByRole('img', { name: 'Photo 1' }).waitFor(WAIT);
    await page.getByRole('radio', { name: 'Tag ou graffiti' }).check();
    await page.getByText(/Position trouvée/).waitFor(WAIT);
    await page.getByRole('button', { name: 'Envoyer le signalement' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aujourd’hui' }).waitFor(WAIT);
    const [report] = (await added(page)) as Record<string, any>[];
    expect(report).toMatchObject({ kind: 'report', category: 'graffiti', photos: [{ type: 'image/jpeg' }] });
    await expect(page.getByRole('region', { name: 'À revoir' }).count()).resolves.toBe(0);
    await page.context().close();
  });

  it('the bar says when there is no network and when the list was read; « Se déconnecter » is one tap', async () => {
    const page = await open({ offline: true });
    await page.getByText('Pas de réseau : vos actions partent dès le retour du réseau.').waitFor(WAIT);
    await page.getByText(/^Mis à jour (à|le) /).waitFor(WAIT);
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await expect.poll(() => page.evaluate(() => window.__field.signOuts), WAIT).toBe(1);
    await page.context().close();
  });
});
