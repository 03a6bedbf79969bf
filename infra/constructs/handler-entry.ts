import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Stack } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { FUNCTIONS_SRC, PLACEHOLDER_ENTRY } from './paths.js';

/** functions/src/<key>.ts: the entry file of a function key of API_FUNCTIONS or BACKGROUND_FUNCTIONS. */
export function handlerEntryPath(key: string): string {
  return resolve(FUNCTIONS_SRC, `${key}.ts`);
}

/** Handler keys whose entry file is missing. */
export function missingHandlerEntries(keys: readonly string[]): string[] {
  return keys.filter((k) => !existsSync(handlerEntryPath(k)));
}

/**
 * The entry to bundle for a function key. When the stack is bundled (cdk synth/deploy) a missing file is an
 * error that names it; when bundling is skipped (unit tests) a placeholder keeps the template's shape.
 */
export function resolveHandlerEntry(scope: Construct, key: string): string {
  const entry = handlerEntryPath(key);
  if (existsSync(entry)) return entry;
  if (!Stack.of(scope).bundlingRequired) return PLACEHOLDER_ENTRY;
  throw new Error(
    `Missing Lambda entry file functions/src/${key}.ts (it must export \`handler\`): every key of API_FUNCTIONS and BACKGROUND_FUNCTIONS in shared/src/routes.ts needs one.`,
  );
}
