/** Where things are on disk, resolved from this file (works under tsx, vitest and the CDK CLI). */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** Repository root (holds package-lock.json, cdk.json and the workspaces). */
export const PROJECT_ROOT = resolve(here, '../..');
export const FUNCTIONS_SRC = resolve(PROJECT_ROOT, 'functions/src');
export const COMMUNES_DIR = resolve(PROJECT_ROOT, 'infra/communes');
/** Stand-in entry used only when bundling is skipped (unit tests) and a handler file does not exist yet. */
export const PLACEHOLDER_ENTRY = resolve(here, 'placeholder-handler.ts');
