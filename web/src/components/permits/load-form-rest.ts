/**
 * The rest of the request form (request-form-rest.ts: its later steps, its checks with zod and the shared
 * schemas, its done screen, the citizen's session), fetched once, when first needed. The page's first load is
 * the form's frame and first step; the form starts this fetch as soon as the person uses it and waits for it
 * when a step is checked. A failed fetch (offline) is a NetworkError; the next call tries again.
 */
import { NetworkError } from '../../lib/api';

export type FormRest = typeof import('./request-form-rest');

let pending: Promise<FormRest> | undefined;

export function loadFormRest(): Promise<FormRest> {
  pending ??= import('./request-form-rest').catch(() => {
    pending = undefined;
    throw new NetworkError('the rest of the request form could not be fetched');
  });
  return pending;
}
