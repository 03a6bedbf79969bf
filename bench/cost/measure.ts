/**
 * Measures every action of the scenario (scenario.ts ACTIONS) on the one-machine platform: Soignies alone, the handlers'
 * logs and metrics as in the cloud, the table's stream read by hand after each action (stream → bus → targets, until
 * nothing moves), nothing scheduled but what is measured. Each action runs once to warm its functions, then `samples`
 * times inside the meter's window; its use is the average. What an action stored is read from the stores before and
 * after it.
 */
import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  type BackgroundFunctionName,
  type CommuneConfig,
  type EventPattern,
  SCHEDULES,
  addDays,
  earliestStart,
  matchesPattern,
  observabilityEnv,
} from '@tandem/shared';
import { STREAM_FILTER } from '../../infra/constructs/tandem-events.js';
import { invokeHandler } from '../../infra/local/handlers/load-handler.js';
import { clock } from '../../functions/src/lib/clock.js';
import { applyHandlerEnv } from '../../infra/local/handlers/handler-env.js';
import { type Platform, startPlatform } from '../../infra/local/platform.js';
import { loadCommuneConfigs } from '../../infra/local/provision/communes.js';
import { demoPdf } from '../../infra/local/seed/demo-permits.js';
import { StreamPoller } from '../../infra/local/stream/stream-poller.js';
import { logger } from '../../infra/local/util/log.js';
import { WEB_DIST } from '../../infra/local/util/paths.js';
import { confirmationLink } from '../../tests/support/mail-confirmation.js';
import { seedReports } from '../report-seed.js';
import { seedWorkScale } from '../work-scale.js';
import { CostClient, CostSocket, photoOfSize } from './cost-client.js';
import { Meter } from './meter.js';
import { measurePageView } from './page-view.js';
import { ACTIONS, ASSUMPTIONS } from './scenario.js';
import { StoreReader } from './snapshot.js';
import { type Usage, averageUsage } from './usage.js';

const C = 'soignies';
/** The stream's target (StreamPoller's default), invoked here through the cloud's filter. */
const STREAM_TARGET: BackgroundFunctionName = 'events/stream-to-bus';

export interface Measurement {
  actions: Record<string, Usage>;
  samples: number;
  /** Where the page view's figures come from (the built site, or the fallback). */
  pageViewSource: string;
}

export interface MeasureOptions {
  samples?: number;
  log?: (line: string) => void;
}

export async function measureActions(options: MeasureOptions = {}): Promise<Measurement> {
  const samples = options.samples ?? 3;
  const log = options.log ?? (() => undefined);
  const commune = loadCommuneConfigs().find((c) => c.id === C);
  if (!commune) throw new Error(`no commune ${C} in infra/communes`);
  const platform = await startPlatform({ quiet: true, streams: false, schedules: false, rateLimits: 'test', communes: [commune] });
  const meter = new Meter({ dynamodbEndpoint: platform.services.dynamodb.endpoint });
  const store = new StoreReader({
    dynamodbEndpoint: platform.services.dynamodb.endpoint,
    table: platform.env.TABLE_NAME,
    s3Endpoint: platform.services.s3.endpoint,
    bucket: platform.env.UPLOADS_BUCKET,
    outboxDir: platform.paths.outbox,
  });
  const stream = { skipping: false };
  const poller = new StreamPoller({
    endpoint: platform.services.dynamodb.endpoint,
    streamArn: platform.streamArn,
    checkpointFile: platform.paths.streamCheckpoints,
    deadLetterDir: platform.paths.deadLetters,
    log: logger('stream', true),
    // As the cloud's event source mapping: only batches holding records its filter keeps invoke stream-to-bus.
    invoke: async (event) => {
      const kept = event.Records.filter((r) => matchesPattern(r, STREAM_FILTER as unknown as EventPattern));
      if (stream.skipping || !kept.length) return undefined;
      return invokeHandler(STREAM_TARGET, { Records: kept });
    },
  });
  // The handlers log and publish metrics as they do in Lambda (INFO, EMF): the meter counts those bytes.
  applyHandlerEnv({ ...platform.env, ...observabilityEnv('cloud') });
  meter.install();
  try {
    const run = new Run(platform, meter, store, poller, commune, log);
    // A commune with a history, so that lists read full pages: written straight into the table, their events skipped.
    const agent = await run.http.signIn(C, demoAccount(commune, 'agent'), platform.demoPassword);
    await seedReports(platform.services.dynamodb.endpoint, platform.env.TABLE_NAME, BASELINE_ITEMS);
    await seedWorkScale({
      endpoint: platform.services.dynamodb.endpoint,
      table: platform.env.TABLE_NAME,
      commune: C,
      sub: agent.sub,
      departments: agent.departments,
      tasks: BASELINE_ITEMS,
    });
    stream.skipping = true;
    await run.settle();
    stream.skipping = false;
    const actions = await run.all(samples);
    return { actions, samples, pageViewSource: run.pageViewSource };
  } finally {
    await poller.stop();
    await platform.stop();
    meter.uninstall();
    store.destroy();
  }
}

/** Reports and tasks written before measuring: enough that every list reads a full first page. */
export const BASELINE_ITEMS = 300;

/** The demo account of a role (the agent of the travaux department, who handles reports of voirie and occupations). */
function demoAccount(commune: CommuneConfig, role: string): string {
  const a = commune.demoAccounts.find((x) => x.role === role && (role !== 'agent' || x.departments.includes('travaux')));
  if (!a) throw new Error(`no demo ${role} in ${commune.id}`);
  return a.username;
}

class Run {
  readonly http: CostClient;
  pageViewSource = '';
  private follower?: CostSocket;
  private lastPing = 0;

  constructor(
    readonly platform: Platform,
    readonly meter: Meter,
    readonly store: StoreReader,
    readonly poller: StreamPoller,
    readonly commune: CommuneConfig,
    readonly log: (line: string) => void,
  ) {
    this.http = new CostClient(platform.url, meter);
  }

  /** Until the stream and the bus are quiet: every record read and handed to stream-to-bus, every target done. */
  async settle(): Promise<void> {
    for (let quiet = 0; quiet < 2; ) {
      const n = await this.poller.pollOnce();
      await this.platform.bus.idle();
      quiet = n === 0 ? quiet + 1 : 0;
    }
  }

  /** Keeps the follower's socket alive (API Gateway closes an idle one after 10 minutes), outside any measure. */
  private async keepAlive(): Promise<void> {
    if (this.follower && Date.now() - this.lastPing > 3 * 60_000) {
      await this.follower.send({ action: 'ping' });
      this.lastPing = Date.now();
    }
  }

  /** Runs `act` once to warm up, then `samples` times measured; the average use. */
  /**
   * `urlsFetched`: a browser shows the photos whose presigned URLs the answers carry (one S3 GET each, and the bytes);
   * a feed's consumer does not fetch a request's media at each poll.
   */
  private async measure(name: string, samples: number, act: (i: number) => Promise<void>, urlsFetched = true): Promise<Usage> {
    await this.keepAlive();
    await act(0);
    await this.settle();
    const used: Usage[] = [];
    for (let i = 1; i <= samples; i++) {
      await this.keepAlive();
      const before = await this.store.read();
      this.meter.begin();
      await act(i);
      await this.settle();
      const u = this.meter.end();
      const after = await this.store.read();
      u.amounts.ddbStoredBytes = after.tableBytes - before.tableBytes;
      u.amounts.s3KeptBytes = after.keptBytes - before.keptBytes;
      u.amounts.s3UploadBytes = after.uploadBytes - before.uploadBytes;
      u.amounts.mails = after.mails - before.mails;
      if (urlsFetched) {
        u.amounts.s3GetRequests += this.meter.presignedReads.length;
        u.amounts.s3OutBytes = await this.store.sizes(this.meter.presignedReads);
      }
      used.push(u);
    }
    this.log(`measured ${name}`);
    return averageUsage(used);
  }

  async all(samples: number): Promise<Record<string, Usage>> {
    const out: Record<string, Usage> = {};
    const pw = this.platform.demoPassword;
    const account = (role: string) => demoAccount(this.commune, role);
    const agent = await this.http.signIn(C, account('agent'), pw);
    const worker = await this.http.signIn(C, account('worker'), pw);
    // One staff app following the lists while everything else happens: what the fan-out posts to each such connection.
    this.follower = await CostSocket.open(this.platform.realtimeUrl, C, agent.idToken, this.meter);
    for (const topic of ['reports', 'permits', 'tasks']) await this.follower.send({ action: 'subscribe', topic });
    this.lastPing = Date.now();

    // Reports: filed (with a photo and an address), the address confirmed, followed, read, moved on, updated.
    const reports: { code: string; email: string; version: number }[] = [];
    out['report.file'] = await this.measure('report.file', samples, async (i) => {
      const photo = await this.http.upload(C, photoOfSize(ASSUMPTIONS.photoBytes), 'image/jpeg', 'photo');
      const email = `habitant.${i}.${Date.now()}@example.org`;
      const r = await this.http.call<{ code: string }>(
        'POST',
        `/api/${C}/reports`,
        {
          category: 'voirie',
          location: { lat: 50.5794 + i * 1e-4, lng: 4.0714 },
          address: 'Rue de la Station 24, 7060 Soignies',
          description: 'Un nid-de-poule profond devant la boulangerie, dangereux pour les vélos',
          answers: { taille: 'moyen' },
          email,
          name: 'Jeanne Citoyenne',
          photos: [photo],
          locale: 'fr',
        },
        { 'idempotency-key': `cost-report-${i}-${Date.now()}` },
      );
      reports.push({ code: r.body.code, email, version: 1 });
    });
    out['report.confirm'] = await this.measure('report.confirm', samples, async (i) => {
      const link = confirmationLink(this.platform.paths.outbox, reports[i].email, reports[i].code);
      if (!link) throw new Error(`no confirmation mail for ${reports[i].code}`);
      await this.http.call('POST', link.apiPath);
    });
    out['report.track'] = await this.measure('report.track', samples, async (i) => {
      await this.http.call('GET', `/api/${C}/reports/${reports[i].code}`);
    });
    out['report.staff-read'] = await this.measure('report.staff-read', samples, async (i) => {
      const r = await this.http.call<{ version: number }>('GET', `/api/${C}/staff/reports/${reports[i].code}`, undefined, agent.auth);
      reports[i].version = r.body.version;
    });
    out['report.transition'] = await this.measure('report.transition', samples, async (i) => {
      const r = reports[i];
      const res = await this.http.call<{ version: number }>(
        'POST',
        `/api/${C}/staff/reports/${r.code}/transitions`,
        { to: 'acknowledged', version: r.version },
        agent.auth,
      );
      r.version = res.body.version;
    });
    out['report.update'] = await this.measure('report.update', samples, async (i) => {
      const r = reports[i];
      const res = await this.http.call<{ version: number }>(
        'POST',
        `/api/${C}/staff/reports/${r.code}/updates`,
        { text: 'Une équipe passera cette semaine.', public: true, version: r.version },
        agent.auth,
      );
      r.version = res.body.version;
    });

    // Permit requests: an occupation with a document, followed by its requester, read and decided by the agent.
    const permits: { code: string; key: string; version: number }[] = [];
    const cfg = this.commune.permits;
    if (!cfg) throw new Error(`${C} takes no permit requests`);
    const start = addDays(earliestStart(cfg, 'occupation', { use: 'removal_van' }, clock.today()), 2);
    out['permit.file'] = await this.measure('permit.file', samples, async (i) => {
      const doc = await this.http.upload(C, documentOfSize(ASSUMPTIONS.documentBytes), 'application/pdf', 'document');
      const r = await this.http.call<{ code: string; key: string; version: number }>(
        'POST',
        `/api/${C}/permits`,
        {
          kind: 'occupation',
          details: {
            use: 'removal_van',
            lengthMetres: 12,
            place: { label: 'Rue Neuve 8, 7060 Soignies', geometry: { type: 'Point', coordinates: [4.0712, 50.5801 + i * 1e-4] } },
            period: { start, end: start },
            attachments: [{ type: 'insurance', key: doc, name: 'attestation-assurance.pdf' }],
          },
          requester: { name: 'Sophie Leroy', email: `demandeur.${i}.${Date.now()}@example.org` },
          locale: 'fr',
        },
        { 'idempotency-key': `cost-permit-${i}-${Date.now()}` },
      );
      permits.push({ code: r.body.code, key: r.body.key, version: r.body.version });
    });
    out['permit.track'] = await this.measure('permit.track', samples, async (i) => {
      await this.http.call('GET', `/api/${C}/permits/${permits[i].code}`, undefined, { 'x-permit-key': permits[i].key });
    });
    out['permit.staff-read'] = await this.measure('permit.staff-read', samples, async (i) => {
      const r = await this.http.call<{ version: number }>('GET', `/api/${C}/staff/permits/${permits[i].code}`, undefined, agent.auth);
      permits[i].version = r.body.version;
    });
    out['permit.decide'] = await this.measure('permit.decide', samples, async (i) => {
      const p = permits[i];
      for (const to of ['under_review', 'approved', 'issued']) {
        const r = await this.http.call<{ version: number }>(
          'POST',
          `/api/${C}/staff/permits/${p.code}/transitions`,
          { to, version: p.version },
          agent.auth,
        );
        p.version = r.body.version;
      }
    });

    // Tasks: created by the agent for the worker, commented, started, finished with a photo and a note.
    const tasks: { id: string; version: number }[] = [];
    out['task.create'] = await this.measure('task.create', samples, async (i) => {
      const r = await this.http.call<{ id: string; version: number }>(
        'POST',
        `/api/${C}/staff/tasks`,
        {
          title: `Boucher le nid-de-poule ${i}`,
          description: 'Enrobé à froid, deux sacs.',
          department: 'travaux',
          assignees: [worker.sub],
          priority: 'normal',
          dueAt: new Date(clock.now().getTime() + 86_400_000).toISOString(),
          checklist: [{ id: 'c1', text: 'Enrobé', done: false }],
          place: { label: 'Rue Neuve 8, 7060 Soignies', geometry: { type: 'Point', coordinates: [4.0712, 50.5801] } },
        },
        { ...agent.auth, 'idempotency-key': `cost-task-${i}-${Date.now()}` },
      );
      tasks.push({ id: r.body.id, version: r.body.version });
    });
    out['task.comment'] = await this.measure('task.comment', samples, async (i) => {
      await this.http.call('POST', `/api/${C}/staff/tasks/${tasks[i].id}/comments`, { text: 'Le matériel est au dépôt.' }, agent.auth);
    });
    out['task.start'] = await this.measure('task.start', samples, async (i) => {
      const t = tasks[i];
      const r = await this.http.call<{ version: number }>(
        'PATCH',
        `/api/${C}/staff/tasks/${t.id}`,
        { version: t.version, status: 'doing' },
        worker.auth,
      );
      t.version = r.body.version;
    });
    out['task.finish'] = await this.measure('task.finish', samples, async (i) => {
      const t = tasks[i];
      const photo = await this.http.upload(C, photoOfSize(ASSUMPTIONS.photoBytes), 'image/jpeg', 'photo');
      const r = await this.http.call<{ version: number }>(
        'PATCH',
        `/api/${C}/staff/tasks/${t.id}`,
        {
          version: t.version,
          status: 'done',
          checklist: [{ id: 'c1', text: 'Enrobé', done: true }],
          addFiles: [photo],
          note: 'Fait, RAS.',
        },
        { ...worker.auth, 'idempotency-key': `cost-finish-${i}-${Date.now()}` },
      );
      t.version = r.body.version;
    });

    // A working day's sessions, the socket, the pings.
    out['staff.day'] = await this.measure('staff.day', samples, async () => {
      const me = await this.http.signIn(C, account('agent'), pw);
      await this.http.call('GET', `/api/${C}/staff/reports`, undefined, me.auth);
      await this.http.call('GET', `/api/${C}/staff/my-work`, undefined, me.auth);
      await this.http.call('GET', `/api/${C}/staff/permits`, undefined, me.auth);
      await this.http.call('GET', `/api/${C}/staff/notifications/unread`, undefined, me.auth);
    });
    out['worker.day'] = await this.measure('worker.day', samples, async () => {
      const me = await this.http.signIn(C, account('worker'), pw);
      await this.http.call('GET', `/api/${C}/staff/today`, undefined, me.auth);
    });
    out['live.connect'] = await this.measure('live.connect', samples, async () => {
      const s = await CostSocket.open(this.platform.realtimeUrl, C, agent.idToken, this.meter);
      for (const topic of ['reports', 'permits', 'tasks']) await s.send({ action: 'subscribe', topic });
      const before = this.meter.invocationsOf('realtime/connections');
      await s.close();
      // The gateway runs $disconnect once the socket has closed.
      for (let t = 0; t < 100 && this.meter.invocationsOf('realtime/connections') === before; t++) await sleep(20);
    });
    out['live.ping'] = await this.measure('live.ping', samples, async () => {
      await this.follower!.send({ action: 'ping' });
    });

    // Feeds, polled as their consumers do (with the ETag they were given).
    const etags = new Map<string, string>();
    const poll = (path: string) => async () => {
      const etag = etags.get(path);
      const r = await this.http.call('GET', path, undefined, etag ? { 'if-none-match': etag } : {});
      const e = r.headers.get('etag');
      if (e) etags.set(path, e);
    };
    out['feed.geojson'] = await this.measure('feed.geojson', samples, poll(`/api/feeds/${C}/map.geojson`), false);
    out['feed.waze'] = await this.measure('feed.waze', samples, poll(`/api/feeds/${C}/waze-cifs.json`), false);
    out['feed.open311'] = await this.measure('feed.open311', samples, poll(`/api/open311/v2/requests.json?jurisdiction_id=${C}`), false);

    const site = existsSync(WEB_DIST) ? WEB_DIST : undefined;
    this.pageViewSource = site ? `measured from ${site}` : 'web/dist not built: the fallback figures of page-view.ts';
    out['page.view'] = await this.measure('page.view', samples, () => measurePageView(this.platform.url, this.meter, site));

    for (const d of SCHEDULES) {
      out[`schedule.${d.name}`] = await this.measure(`schedule.${d.name}`, samples, async () => {
        await this.platform.scheduler.run(d.name);
      });
    }
    await this.follower.close();
    for (const name of Object.keys(ACTIONS)) if (!out[name]) throw new Error(`action ${name} has no measure`);
    return out;
  }
}

/** A PDF of about `bytes` (a valid one-page document: what the permit's checks read). */
function documentOfSize(bytes: number): Buffer {
  const base = demoPdf('Attestation d assurance RC').length;
  return demoPdf(`Attestation d assurance RC ${'x'.repeat(Math.max(0, bytes - base - 28))}`);
}
