/**
 * Signing in with itsme or the identity card, against the real FAS stand-in (an oidc-provider on loopback, started
 * by the local platform because Soignies' config has `citizenFederation.localStandIn`): start → the stand-in's
 * development login → back with a code → the same citizen tokens and refresh cookie as the e-mail code gives. A
 * replayed, forged or other browser's state is refused with a 4xx, and so is a code of another sign-in (PKCE).
 * See docs/citizen-federation.md.
 */
import { AdminGetUserCommand, CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import { CITIZEN_AUTH_HEADER, CITIZEN_REFRESH_COOKIE, FEDERATION_COOKIE } from '@tandem/shared';
import { localEnv, localUrl } from '../support/local-env.js';
import { api } from './api-client.js';

const C = '/api/soignies';
const claims = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>;
const newEmail = (who: string) => `${who}-${crypto.randomUUID().slice(0, 8)}@example.org`;
/**
 * The account's attributes in cognito-local (whose ID tokens carry only the e-mail address and custom attributes;
 * Cognito's carry the names too).
 */
async function attributesOf(poolId: string, email: string): Promise<Record<string, string>> {
  const client = new CognitoIdentityProviderClient({
    region: 'eu-west-1',
    endpoint: localEnv().COGNITO_ENDPOINT,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const user = await client.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: email }));
  return Object.fromEntries((user.UserAttributes ?? []).map((a) => [a.Name!, a.Value!]));
}

/** "name=value" of a Set-Cookie. */
const pair = (setCookie: string) => setCookie.split(';')[0];

interface Begun {
  url: string;
  state: string;
  cookie: string;
}

async function begin(commune = 'soignies'): Promise<Begun> {
  const r = await api('POST', `/api/${commune}/auth/citizen/federation/start`);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  const set = r.cookies!.find((c) => c.startsWith(`${FEDERATION_COOKIE}=`))!;
  const url = new URL(r.body.url);
  return { url: r.body.url, state: url.searchParams.get('state')!, cookie: pair(set) };
}

/**
 * A person at the stand-in: its development login page (any login, any password), followed as a browser would,
 * with its cookies, until it sends them back to the return page. Answers the return page's query.
 */
async function atTheProvider(authorizationUrl: string, login: string): Promise<URLSearchParams> {
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [nv] = c.split(';');
      const [name, ...v] = nv.split('=');
      jar.set(name.trim(), v.join('='));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  let next = authorizationUrl;
  for (let hop = 0; hop < 12; hop++) {
    const returnPage = `${localUrl()}/soignies/mon-espace/retour/`;
    if (next.startsWith(returnPage)) return new URL(next).searchParams;
    let res = await fetch(next, { redirect: 'manual', headers: { cookie: cookie() } });
    keep(res);
    if (res.status === 200) {
      // An interaction page: the login form (or, were it asked, the consent form).
      const html = await res.text();
      const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
      const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1] ?? 'consent';
      expect(action, html.slice(0, 500)).toBeTruthy();
      const form = new URLSearchParams(prompt === 'login' ? { prompt, login, password: 'n’importe' } : { prompt });
      res = await fetch(new URL(action!, next), {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie: cookie(), 'content-type': 'application/x-www-form-urlencoded' },
        body: form,
      });
      keep(res);
    }
    const location = res.headers.get('location');
    expect(location, `hop ${hop}: ${res.status} ${next}`).toBeTruthy();
    next = new URL(location!, next).toString();
  }
  throw new Error('the stand-in never sent the person back');
}

const finish = (query: URLSearchParams | { code: string; state: string }, cookie?: string) =>
  api('POST', `${C}/auth/citizen/federation/finish`, {
    body: {
      code: query instanceof URLSearchParams ? query.get('code') : query.code,
      state: query instanceof URLSearchParams ? query.get('state') : query.state,
    },
    headers: cookie ? { cookie } : {},
  });

describe('signing in with itsme or the identity card (FAS stand-in)', () => {
  it('begins with the stand-in’s page: code flow, PKCE S256, a state and a nonce, the verifier nowhere', async () => {
    const b = await begin();
    const u = new URL(b.url);
    expect(u.origin).toBe(localEnv().LOCAL_OIDC_ISSUER);
    expect(u.hostname).toBe('127.0.0.1');
    expect(u.searchParams.get('response_type')).toBe('code');
    expect(u.searchParams.get('code_challenge_method')).toBe('S256');
    expect(u.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(u.searchParams.get('nonce')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(u.searchParams.get('redirect_uri')).toBe(`${localUrl()}/soignies/mon-espace/retour/`);
    expect(u.searchParams.has('code_verifier')).toBe(false);
    expect(b.cookie).toBe(`${FEDERATION_COOKIE}=${b.state}`);
  });

  it('signs the person in with cognito-local’s citizen tokens and the refresh cookie; the same account the next time', async () => {
    const email = newEmail('camille');
    const b = await begin();
    const back = await atTheProvider(b.url, email);
    expect(back.get('state')).toBe(b.state);
    const r = await finish(back, b.cookie);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.step).toBe('signed-in');
    const c = claims(r.body.idToken);
    expect(c.email).toBe(email);
    expect(c.token_use).toBe('id');
    // The names on the account, as Cognito's attribute mapping sets them; FAS's national register number nowhere.
    const poolId = String(c.iss).split('/').at(-1)!;
    const attributes = await attributesOf(poolId, email);
    expect(attributes).toMatchObject({ email, given_name: email.split('@')[0], family_name: 'Démo' });
    expect(JSON.stringify({ c, attributes }).toLowerCase()).not.toMatch(/nrn|85073100123/);
    const refresh = r.cookies!.find((x) => x.startsWith(`${CITIZEN_REFRESH_COOKIE}=`))!;
    expect(refresh).toMatch(/; Path=\/api\/soignies\/auth\/citizen\/; HttpOnly; SameSite=Strict/);
    expect(r.cookies!.find((x) => x.startsWith(`${FEDERATION_COOKIE}=`))).toMatch(/Max-Age=0/);

    // The citizen space takes the token; the refresh cookie works.
    const mine = await api('GET', `${C}/me/requests`, { headers: { authorization: `Bearer ${r.body.idToken}` } });
    expect(mine.status).toBe(200);
    expect(mine.body.email).toBe(email);
    const refreshed = await api('POST', `${C}/auth/citizen/refresh`, { headers: { cookie: pair(refresh), [CITIZEN_AUTH_HEADER]: '1' } });
    expect(refreshed.status).toBe(200);

    const again = await begin();
    const second = await finish(await atTheProvider(again.url, email), again.cookie);
    expect(second.status).toBe(200);
    expect(claims(second.body.idToken).sub).toBe(c.sub);
  });

  it('the demo identity: any other login is « Camille Démo »', async () => {
    const b = await begin();
    const r = await finish(await atTheProvider(b.url, 'camille'), b.cookie);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const c = claims(r.body.idToken);
    expect(c.email).toBe('camille.demo@example.org');
    const attributes = await attributesOf(String(c.iss).split('/').at(-1)!, 'camille.demo@example.org');
    expect(attributes).toMatchObject({ given_name: 'Camille', family_name: 'Démo' });
  });

  it('refuses a replayed state, a forged one, and one begun in another browser', async () => {
    const b = await begin();
    const back = await atTheProvider(b.url, newEmail('replay'));
    // Not this browser's: no cookie, or another sign-in's.
    const other = await begin();
    expect((await finish(back)).status).toBe(400);
    const mismatch = await finish(back, other.cookie);
    expect(mismatch.status).toBe(400);
    expect(mismatch.body['invalid-params'][0].name).toBe('state');
    expect(mismatch.headers['content-type']).toContain('application/problem+json');

    expect((await finish(back, b.cookie)).status).toBe(200);
    // The same answer again: spent.
    const replay = await finish(back, b.cookie);
    expect(replay.status).toBe(401);
    expect(replay.body['invalid-params'][0].name).toBe('state');

    // A state the API never gave, with a cookie to match.
    const forged = 'f'.repeat(43);
    expect((await finish({ code: back.get('code')!, state: forged }, `${FEDERATION_COOKIE}=${forged}`)).status).toBe(401);
  });

  it('refuses a code of another sign-in (its PKCE verifier does not match) and spends the state', async () => {
    const a = await begin();
    const b = await begin();
    const backB = await atTheProvider(b.url, newEmail('mallory'));
    const r = await finish({ code: backB.get('code')!, state: a.state }, a.cookie);
    expect(r.status).toBe(401);
    expect(r.body['invalid-params'][0].name).toBe('code');
    expect((await finish({ code: backB.get('code')!, state: a.state }, a.cookie)).status).toBe(401);
  });

  it('is not offered by a commune without the block', async () => {
    const r = await api('POST', '/api/braine-le-comte/auth/citizen/federation/start');
    expect(r.status).toBe(404);
    expect(r.headers['content-type']).toContain('application/problem+json');
  });

  it('refuses malformed answers with the field named', async () => {
    const r = await api('POST', `${C}/auth/citizen/federation/finish`, { body: { code: '', state: 'x' } });
    expect(r.status).toBe(422);
    expect([...new Set(r.body['invalid-params'].map((p: { name: string }) => p.name))].sort()).toEqual(['code', 'state']);
  });
});
