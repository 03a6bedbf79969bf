/**
 * The real-time socket's `$connect` authorizer (REALTIME_AUTHORIZER): `?commune=<id>&token=<staff ID token>`, the token
 * verified against that commune's own staff pool exactly as the API verifies it (lib/staff-auth.ts: a trusted issuer
 * only, the local cognito-local issuer only on loopback). Answers as API Gateway expects: throwing `Unauthorized`
 * is a 401 (no token, bad or expired token, unknown commune); a Deny policy is a 403 (a valid token of another
 * commune's pool). An Allow carries the person's sub, roles and departments to every route of the connection.
 */
import type { Context } from 'aws-lambda';
import { getCommune } from '../communes/commune-store.js';
import { HttpError } from '../lib/http.js';
import { verifyStaffToken } from '../lib/staff-auth.js';
import type { AuthorizerAnswer, ConnectAuthorizerEvent, ConnectionContext } from './socket-event.js';
import { socketHandler } from './socket-event.js';

const policy = (principalId: string, effect: 'Allow' | 'Deny', resource: string, context?: ConnectionContext): AuthorizerAnswer => ({
  principalId,
  policyDocument: { Version: '2012-10-17', Statement: [{ Action: 'execute-api:Invoke', Effect: effect, Resource: resource }] },
  ...(context ? { context } : {}),
});

const verify = socketHandler(
  'realtime/authorize-connection',
  (e: ConnectAuthorizerEvent) => ({ connectionId: e.requestContext?.connectionId }),
  async (event: ConnectAuthorizerEvent): Promise<AuthorizerAnswer | 'unauthorized'> => {
    const q = event.queryStringParameters ?? {};
    const token = q.token;
    // The commune is only read here (registrations are the base role's); the routes serve it with tenant credentials.
    const reg = q.commune ? await getCommune(q.commune) : undefined;
    if (!token || !reg) return 'unauthorized';
    try {
      const user = await verifyStaffToken(token, reg);
      return policy(user.sub, 'Allow', event.methodArn, {
        commune: reg.config.id,
        sub: user.sub,
        roles: user.roles.join(','),
        departments: user.departments.join(','),
      });
    } catch (e) {
      if (e instanceof HttpError && e.status === 403) return policy('refused', 'Deny', event.methodArn);
      if (e instanceof HttpError) return 'unauthorized';
      throw e;
    }
  },
);

/** A refusal is an answer, not a failure (logged as an invocation); API Gateway turns this exact error into a 401. */
export async function handler(event: ConnectAuthorizerEvent, context?: Context): Promise<AuthorizerAnswer> {
  const answer = await verify(event, context);
  if (answer === 'unauthorized') throw new Error('Unauthorized');
  return answer;
}
