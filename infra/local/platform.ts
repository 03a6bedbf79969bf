/**
 * The whole platform on one machine, in-process: the stand-ins (DynamoDB Local, s3rver, cognito-local),
 * provisioning from the shared definitions, the local bus, the stream poller and the local HTTP server.
 * `npm start` (start.ts), the integration tests, the browser tests and the benchmark all start this.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  REALTIME_PATH,
  UPLOADS_BUCKET_BASENAME,
  communeMapOrigins,
  realtimeUrl,
  type CommuneConfig,
  type Instant,
  type RateLimitProfile,
} from '@tandem/shared';
import { clock, clockFrom, setClock } from '../../functions/src/lib/clock.js';
import { startDynamoDbLocal, type RunningService } from './services/dynamodb-local.js';
import { startS3rver } from './services/s3rver.js';
import { demoTotpCode } from './provision/demo-totp.js';
import { startCognitoLocal } from './services/cognito-local.js';
import { LocalBus } from './bus/local-bus.js';
import { StreamPoller } from './stream/stream-poller.js';
import { closeServer, createLocalServer, listen } from './server/http-server.js';
import { applyHandlerEnv, handlerEnv } from './handlers/handler-env.js';
import { ensurePushKeysFile } from './services/push-keys-file.js';
import { installLocalIam } from './iam/local-iam.js';
import { provisionPlatform } from './provision/provision.js';
import { loadCommuneConfigs } from './provision/communes.js';
import { DEMO_PASSWORD, type ProvisionedIdentity } from './provision/identity.js';
import { seedDemo } from './seed/seed-demo.js';
import { SeedClient } from './seed/seed-client.js';
import { StartupGate } from './server/startup-gate.js';
import { RateLimiter } from './server/rate-limiter.js';
import { RealtimeGateway } from './server/realtime-gateway.js';
import { startLocalScheduler, type LocalScheduler } from './schedule/local-scheduler.js';
import { dataPaths, WEB_DIST, type DataPaths } from './util/paths.js';
import { logger } from './util/log.js';
import { localBackgroundLine } from './tiles/local-backgrounds.js';
import { type OidcStandIn, standInCommunes, startOidcStandIn } from './services/oidc-stand-in.js';

export interface StartPlatformOptions {
  /** Persistent data directory (DynamoDB files, objects, pools…). Absent: a temp dir and in-memory DynamoDB. */
  dataDir?: string;
  /** Port of the site and API; 0 (the default) picks a free one. */
  port?: number;
  /**
   * Address the site and API listen on; default 127.0.0.1 (this machine only). `HOST=0.0.0.0 npm start` widens
   * it; the stand-ins stay on loopback and /_local/*, /_aws/* still answer only to this machine.
   */
  host?: string;
  /** Fixed ports for the stand-ins (default: free ports). */
  ports?: { dynamodb?: number; s3?: number; cognito?: number; oidc?: number };
  /** Seed the demo data (what is missing of it; resumable, see seed/seed-demo.ts). Default false. */
  seed?: boolean;
  /** Run the stream poller (stream → bus → notifier). Default true. */
  streams?: boolean;
  /** Run the scheduled functions (once at start, then on their timers). Default true. */
  schedules?: boolean;
  webDist?: string;
  communes?: CommuneConfig[];
  /**
   * The site's /tiles/ (map backgrounds: PMTiles archives, tile folders; the site bucket's tiles/ in the cloud);
   * default <dataDir>/tiles. See docs/map-backgrounds.md.
   */
  tilesDir?: string;
  quiet?: boolean;
  /**
   * Run the handlers' clock (and the seeds, the schedules and the bus) from this instant on, e.g.
   * '2026-12-31T23:30:00+01:00'; default: the system clock. Tests use it so that no result depends on the hour.
   */
  clock?: Instant;
  /**
   * The abuse limits of shared/src/rate-limits.ts on /api/* (per client address and per commune, counted on the
   * handlers' clock): 'real' (the default, as deployed) or 'test' (the same rules, limits a hundred times higher,
   * for test platforms that send many requests from 127.0.0.1).
   */
  rateLimits?: RateLimitProfile;
}

export interface Platform {
  /** Origin of the site and API, e.g. http://localhost:4321. */
  url: string;
  /** The real-time WebSocket API, e.g. ws://localhost:4321/realtime (`?commune=<id>&token=<ID token>`). */
  realtimeUrl: string;
  /** The handler environment (also applied to this process's env). */
  env: Record<string, string>;
  paths: DataPaths;
  communes: CommuneConfig[];
  identities: Record<string, ProvisionedIdentity>;
  demoPassword: string;
  streamArn: string;
  bus: LocalBus;
  poller?: StreamPoller;
  /** Scheduled functions (SCHEDULES); `run` triggers one now. */
  scheduler: LocalScheduler;
  services: { dynamodb: RunningService; s3: RunningService; cognito: RunningService };
  /** FAS's stand-in (an oidc-provider), when a commune signs in with it here (`citizenFederation.localStandIn`). */
  oidcStandIn?: OidcStandIn;
  /** Tracking codes of the demo reports seeded or completed in this run (empty when already seeded before). */
  seeded: Record<string, string[]>;
  /** Seeding steps that failed in this run (the next start runs them again). */
  seedFailures: string[];
  stop(): Promise<void>;
}

export async function startPlatform(options: StartPlatformOptions = {}): Promise<Platform> {
  const quiet = options.quiet ?? Boolean(process.env.TANDEM_LOCAL_QUIET);
  const log = logger('tandem', quiet);
  const temporary = !options.dataDir;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'tandem-local-'));
  const paths = dataPaths(dataDir);
  for (const d of [paths.root, paths.outbox, paths.deadLetters]) mkdirSync(d, { recursive: true });
  const communes = options.communes ?? loadCommuneConfigs();
  const tilesDir = options.tilesDir ?? paths.tiles;

  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const s of stops.reverse()) await s().catch((e) => log.error('stop failed', e));
    stops.length = 0;
    if (temporary) rmSync(dataDir, { recursive: true, force: true });
  };

  if (options.clock !== undefined) {
    setClock(clockFrom(options.clock));
    stops.push(async () => setClock());
  }

  try {
    const [dynamodb, s3, cognito] = await Promise.all([
      startDynamoDbLocal({ dbPath: temporary ? undefined : paths.dynamodb, port: options.ports?.dynamodb }).then((s) => {
        stops.push(s.stop);
        return s;
      }),
      startS3rver({ directory: paths.s3, port: options.ports?.s3 }).then((s) => {
        stops.push(s.stop);
        return s;
      }),
      startCognitoLocal({ directory: paths.cognito, port: options.ports?.cognito, outboxDir: paths.outbox }).then((s) => {
        stops.push(s.stop);
        return s;
      }),
    ]);
    log.info(`DynamoDB Local ${dynamodb.endpoint} · S3 ${s3.endpoint} · Cognito ${cognito.endpoint}`);
    // Each commune's map background: served from the tiles folder, fetched elsewhere, or the plain one.
    const mapLog = logger('carte', quiet);
    for (const c of communes) mapLog.info(localBackgroundLine(c, tilesDir));

    const bus = new LocalBus({ busName: 'tandem', deadLetterDir: paths.deadLetters, log: logger('bus', quiet) });
    // The server listens at once (the handlers' env needs its port) but answers "Tandem démarre…" until ready.
    const gate = new StartupGate();
    const realtime = new RealtimeGateway({ log: logger('realtime', quiet) });
    const server = createLocalServer({
      webDist: options.webDist ?? WEB_DIST,
      outboxDir: paths.outbox,
      identityDir: paths.identity,
      bus,
      log: logger('server', quiet),
      gate,
      // The browser posts photos to s3rver and reads them from there; map backgrounds come from their own origins.
      siteOrigins: {
        uploadsOrigins: [s3.endpoint],
        mapOrigins: communeMapOrigins(communes),
      },
      tilesDir,
      rateLimiter: new RateLimiter({ profile: options.rateLimits ?? 'real', communes: communes.map((c) => c.id), now: clock.ms }),
      realtime,
    });
    const url = await listen(server, options.port ?? 0, options.host);
    stops.push(() => closeServer(server));
    // Sockets close before the server (stops run in reverse), their $disconnect still reaching the table.
    stops.push(() => realtime.close());
    const port = new URL(url).port;
    // FAS's stand-in, for the communes whose citizens sign in with it on this machine (docs/citizen-federation.md).
    let oidcStandIn: OidcStandIn | undefined;
    if (standInCommunes(communes).length) {
      oidcStandIn = await startOidcStandIn({
        communes,
        siteOrigins: [...new Set([url, `http://127.0.0.1:${port}`, 'http://localhost:4321'])],
        keyFile: paths.oidcKeys,
        port: options.ports?.oidc,
      });
      stops.push(oidcStandIn.stop);
      log.info(`FAS (oidc-provider) ${oidcStandIn.issuer}`);
    }

    // The Web Push keys' seed, made on the first start (atomically: a start killed meanwhile leaves none, or a whole one).
    ensurePushKeysFile(paths.pushKeys, (m) => log.warn(m));
    const env = handlerEnv(
      {
        dynamodb: dynamodb.endpoint,
        s3: s3.endpoint,
        cognito: cognito.endpoint,
        eventbridge: `http://127.0.0.1:${port}/_aws/events`,
        publicBaseUrl: url,
        trustedIssuerPrefix: `${cognito.endpoint}/`,
        outboxDir: paths.outbox,
        identityDir: paths.identity,
        cognitoDir: paths.cognito,
        realtimeConnections: `http://127.0.0.1:${port}${REALTIME_PATH}`,
        pushKeysFile: paths.pushKeys,
      },
      UPLOADS_BUCKET_BASENAME,
      { quiet },
    );
    // Where the local federated sign-in finds the stand-in (functions/src/auth/local-citizen-federation.ts).
    if (oidcStandIn) Object.assign(env, { LOCAL_OIDC_ISSUER: oidcStandIn.issuer, LOCAL_OIDC_CLIENT_SECRET: oidcStandIn.clientSecret });
    applyHandlerEnv(env);
    // Each function may only do what it declares (shared/src/routes.ts), as its IAM role allows in the cloud.
    const uninstallIam = installLocalIam();
    stops.push(async () => uninstallIam());

    const siteOrigins = [...new Set([url, `http://127.0.0.1:${port}`, 'http://localhost:4321'])];
    const provisioned = await provisionPlatform({ env, stateFile: paths.state, communes, siteOrigins });

    let poller: StreamPoller | undefined;
    if (options.streams ?? true) {
      poller = new StreamPoller({
        endpoint: dynamodb.endpoint,
        streamArn: provisioned.streamArn,
        checkpointFile: paths.streamCheckpoints,
        deadLetterDir: paths.deadLetters,
        log: logger('stream', quiet),
      });
      poller.start();
      const p = poller;
      stops.push(async () => {
        await p.stop();
        await bus.idle();
      });
    }

    let seeded: Record<string, string[]> = {};
    let seedFailures: string[] = [];
    if (options.seed) {
      const outcome = await seedDemo(
        new SeedClient(url, gate.token, (u) => demoTotpCode(paths.identity, u)),
        paths.state,
        communes,
        DEMO_PASSWORD,
        logger('seed', quiet),
      );
      seeded = outcome.reports;
      seedFailures = outcome.failed;
    }

    const scheduler = startLocalScheduler(logger('schedule', quiet), options.schedules ?? true);
    stops.push(async () => scheduler.stop());
    gate.markReady();

    return {
      url,
      realtimeUrl: realtimeUrl(url),
      env,
      paths,
      communes,
      identities: provisioned.identities,
      demoPassword: DEMO_PASSWORD,
      streamArn: provisioned.streamArn,
      bus,
      poller,
      scheduler,
      services: { dynamodb, s3, cognito },
      oidcStandIn,
      seeded,
      seedFailures,
      stop: stopAll,
    };
  } catch (e) {
    await stopAll();
    throw e;
  }
}
