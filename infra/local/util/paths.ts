/** Where the one-machine runtime finds the repository and keeps its data. */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
/** Persistent data of `npm start` (DynamoDB files, S3 objects, Cognito pools, outbox, checkpoints). */
export const DEFAULT_DATA_DIR = join(REPO_ROOT, '.data');
export const DYNAMODB_LOCAL_DIR = join(REPO_ROOT, '.tools', 'dynamodb-local');
export const FUNCTIONS_SRC = join(REPO_ROOT, 'functions', 'src');
export const COMMUNES_DIR = join(REPO_ROOT, 'infra', 'communes');
/** The built site; TANDEM_WEB_DIST points elsewhere (e.g. two builds side by side). */
export const WEB_DIST = process.env.TANDEM_WEB_DIST ? resolve(process.env.TANDEM_WEB_DIST) : join(REPO_ROOT, 'web', 'dist');

/** The layout of one data directory. */
export function dataPaths(dataDir: string) {
  return {
    root: dataDir,
    dynamodb: join(dataDir, 'dynamodb'),
    s3: join(dataDir, 's3'),
    cognito: join(dataDir, 'cognito'),
    outbox: join(dataDir, 'outbox'),
    /** The local identity provider's state (TOTP secrets, sessions, revoked tokens, reset codes). */
    identity: join(dataDir, 'identity'),
    deadLetters: join(dataDir, 'dead-letters'),
    state: join(dataDir, 'local-state.json'),
    streamCheckpoints: join(dataDir, 'stream-checkpoints.json'),
    /** The Web Push key seed (the cloud's secret's stand-in: infra/local/services/push-keys-file.ts). */
    pushKeys: join(dataDir, 'push-keys.json'),
    /** The site's /tiles/ (map backgrounds), the site bucket's tiles/ folder's stand-in: docs/map-backgrounds.md. */
    tiles: join(dataDir, 'tiles'),
    /** The OIDC stand-in's signing key (FAS's stand-in: infra/local/services/oidc-stand-in.ts). */
    oidcKeys: join(dataDir, 'oidc-keys.json'),
  };
}
export type DataPaths = ReturnType<typeof dataPaths>;
