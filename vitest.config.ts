import { defineConfig } from 'vitest/config';
import { observabilityEnv } from './shared/src/observability.js';

/**
 * One `vitest run` runs everything:
 * - unit: pure code (shared, function helpers), no services, in a time zone far from Brussels;
 * - integration: handlers against the real local stand-ins (DynamoDB Local, s3rver, cognito-local),
 *   started once by tests/support/global-setup.ts;
 * - cdk: template assertions and cdk-nag;
 * - browser: Chromium against the whole local platform (needs `npm run build` first).
 */
export default defineConfig({
  test: {
    // Handlers called directly by tests log as a quiet local runtime does (5xx only, no metrics).
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', ...observabilityEnv('local', { quiet: true }) },
    projects: [
      // Far from Brussels (UTC+14, no DST): code that took a date from the process's zone would fail here.
      {
        test: {
          name: 'unit',
          include: [
            'shared/src/**/*.test.ts',
            'functions/src/**/*.unit.test.ts',
            'infra/local/**/*.unit.test.ts',
            'bench/**/*.unit.test.ts',
          ],
          env: { TZ: 'Pacific/Kiritimati' },
          // Some unit tests render and read PDFs and QR codes: seconds of CPU, which a loaded machine may stretch past 5 s.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['functions/src/**/*.int.test.ts', 'tests/integration/**/*.test.ts', 'infra/local/**/*.int.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          setupFiles: ['tests/support/handler-env.setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      // Building the app (every function, every route) takes seconds; a loaded machine may need a minute.
      { test: { name: 'cdk', include: ['infra/test/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 } },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
