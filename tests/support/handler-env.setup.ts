/**
 * Setup file of the integration project: puts the handler environment from the global setup into this
 * worker's process.env before any test file imports a handler, and makes cached clients forget older values.
 */
import { inject } from 'vitest';
import { applyHandlerEnv } from '../../infra/local/handlers/handler-env.js';
import { installLocalIam } from '../../infra/local/iam/local-iam.js';

const env = inject('tandemEnv');
if (env) applyHandlerEnv({ ...env, TANDEM_URL: inject('tandemUrl') });
// Handlers called in this worker (tests/integration/api-client.ts) get the same access checks as on the platform.
installLocalIam();
