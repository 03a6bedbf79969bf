/**
 * A push service on loopback, for tests (issue 11: « a test push service on loopback receives a correctly encrypted
 * VAPID request »). It plays the browser vendor's part: it hands out subscriptions (an endpoint, the browser's P-256
 * public key `p256dh` and authentication secret `auth`, whose private halves it keeps), and for each message posted to
 * an endpoint it checks what a real push service and the browser check, with Node's crypto only:
 *   - RFC 8292 VAPID: `Authorization: vapid t=<JWT>, k=<public key>`; the JWT is ES256, signed by `k`, its `aud` the
 *     endpoint's origin, its `exp` in the future and within 24 hours, its `sub` a mailto: or https: contact; when the
 *     subscription was made with an applicationServerKey, `k` must be it;
 *   - RFC 8291 / RFC 8188: `Content-Encoding: aes128gcm`, a `TTL` header; the body decrypts with the subscription's
 *     private key and secret (ECDH, HKDF-SHA-256, AES-128-GCM, the padding delimiter checked).
 * It records what it received (decrypted) or refused (and why), and answers 201, or 410 for an endpoint told to be
 * gone (the browser unsubscribed): the sender must then remove the subscription.
 */
import { createDecipheriv, createECDH, createPublicKey, hkdfSync, randomBytes, randomUUID, verify } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StandInSubscription {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

export interface ReceivedPush {
  endpoint: string;
  /** The decrypted payload, as text. */
  payload: string;
  /** The VAPID JWT's claims and the key that signed it. */
  vapid: { aud: string; exp: number; sub: string; k: string };
  ttl: number;
  urgency?: string;
  /** What the service answered (201, or 410 for a gone endpoint). */
  status: number;
}

export interface RefusedPush {
  endpoint: string;
  status: number;
  reason: string;
}

interface Held {
  ecdh: ReturnType<typeof createECDH>;
  auth: Buffer;
  applicationServerKey?: string;
  gone: boolean;
}

export interface PushServiceStandIn {
  origin: string;
  /** A new browser subscription, as PushSubscription.toJSON() gives it. */
  subscribe(options?: { applicationServerKey?: string }): StandInSubscription;
  /** From now on this endpoint answers 410 Gone. */
  gone(endpoint: string): void;
  received: ReceivedPush[];
  refused: RefusedPush[];
  close(): Promise<void>;
}

class Refusal extends Error {
  constructor(
    readonly status: number,
    reason: string,
  ) {
    super(reason);
  }
}

const b64 = (s: string) => Buffer.from(s, 'base64url');

/** The JWK of an uncompressed P-256 point (0x04 ‖ x ‖ y). */
function publicKeyOf(point: Buffer) {
  if (point.length !== 65 || point[0] !== 4) throw new Refusal(401, 'k is not an uncompressed P-256 point');
  return createPublicKey({
    key: { kty: 'EC', crv: 'P-256', x: point.subarray(1, 33).toString('base64url'), y: point.subarray(33).toString('base64url') },
    format: 'jwk',
  });
}

/** RFC 8292: checks the VAPID header against the endpoint's origin and the clock; returns the claims. */
export function checkVapid(authorization: string | undefined, origin: string, nowSeconds: number): ReceivedPush['vapid'] {
  const m = /^vapid\s+(.+)$/i.exec(authorization ?? '');
  if (!m) throw new Refusal(401, 'no vapid Authorization');
  const params = Object.fromEntries(
    m[1].split(',').map((p) => {
      const i = p.indexOf('=');
      return [p.slice(0, i).trim(), p.slice(i + 1).trim()];
    }),
  );
  const { t, k } = params as { t?: string; k?: string };
  if (!t || !k) throw new Refusal(401, 'vapid Authorization without t= and k=');
  const [h, p, s] = t.split('.');
  if (!h || !p || !s) throw new Refusal(401, 'the JWT is not three parts');
  const header = JSON.parse(b64(h).toString('utf8')) as { alg?: string; typ?: string };
  if (header.alg !== 'ES256') throw new Refusal(401, `the JWT's alg is ${header.alg}, not ES256`);
  const signed = verify('sha256', Buffer.from(`${h}.${p}`), { key: publicKeyOf(b64(k)), dsaEncoding: 'ieee-p1363' }, b64(s));
  if (!signed) throw new Refusal(403, 'the JWT is not signed by k');
  const claims = JSON.parse(b64(p).toString('utf8')) as { aud?: string; exp?: number; sub?: string };
  if (claims.aud !== origin) throw new Refusal(403, `aud ${claims.aud} is not the endpoint's origin ${origin}`);
  if (typeof claims.exp !== 'number' || claims.exp <= nowSeconds) throw new Refusal(403, 'the JWT has expired');
  if (claims.exp > nowSeconds + 24 * 3600) throw new Refusal(403, 'exp is more than 24 hours ahead');
  if (!/^(mailto:|https:)/.test(claims.sub ?? '')) throw new Refusal(403, 'sub is neither mailto: nor https:');
  return { aud: claims.aud, exp: claims.exp, sub: claims.sub!, k };
}

/** RFC 8291 (Web Push message encryption) over RFC 8188 (aes128gcm): the browser's side. */
export function decryptAes128gcm(body: Buffer, ecdh: ReturnType<typeof createECDH>, auth: Buffer): Buffer {
  if (body.length < 21) throw new Refusal(400, 'the body is shorter than the aes128gcm header');
  const salt = body.subarray(0, 16);
  const rs = body.readUInt32BE(16);
  const idlen = body[20];
  const senderKey = body.subarray(21, 21 + idlen);
  if (idlen !== 65) throw new Refusal(400, 'keyid is not the sender’s P-256 public key');
  if (rs < 18) throw new Refusal(400, 'record size too small');
  const uaPublic = ecdh.getPublicKey();
  const shared = ecdh.computeSecret(senderKey);
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), uaPublic, senderKey]);
  const ikm = Buffer.from(hkdfSync('sha256', shared, auth, keyInfo, 32));
  const cek = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16));
  const nonce = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12));
  const records = body.subarray(21 + idlen);
  const out: Buffer[] = [];
  for (let seq = 0, at = 0; at < records.length; seq++, at += rs) {
    const record = records.subarray(at, at + rs);
    const iv = Buffer.from(nonce);
    // The record's sequence number XORed into the nonce's last bytes (records here are far fewer than 2³²).
    iv.writeUInt32BE((iv.readUInt32BE(8) ^ seq) >>> 0, 8);
    const decipher = createDecipheriv('aes-128-gcm', cek, iv);
    decipher.setAuthTag(record.subarray(record.length - 16));
    let plain: Buffer;
    try {
      plain = Buffer.concat([decipher.update(record.subarray(0, record.length - 16)), decipher.final()]);
    } catch {
      throw new Refusal(400, 'the body does not decrypt (wrong keys, or altered)');
    }
    const last = at + rs >= records.length;
    let end = plain.length - 1;
    while (end >= 0 && plain[end] === 0) end--;
    if (end < 0 || plain[end] !== (last ? 2 : 1)) throw new Refusal(400, 'bad padding delimiter');
    out.push(plain.subarray(0, end));
  }
  return Buffer.concat(out);
}

async function bodyOf(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

export async function startPushService(options: { now?: () => number } = {}): Promise<PushServiceStandIn> {
  const now = options.now ?? Date.now;
  const held = new Map<string, Held>();
  const received: ReceivedPush[] = [];
  const refused: RefusedPush[] = [];
  let origin = '';

  const server: Server = createServer(async (req, res) => {
    const endpoint = `${origin}${req.url ?? ''}`;
    try {
      const body = await bodyOf(req);
      if (req.method !== 'POST') throw new Refusal(405, 'POST only');
      const sub = held.get(req.url ?? '');
      if (!sub) throw new Refusal(404, 'no such subscription');
      const vapid = checkVapid(req.headers.authorization, origin, Math.floor(now() / 1000));
      if (sub.applicationServerKey && vapid.k !== sub.applicationServerKey)
        throw new Refusal(403, 'k is not the applicationServerKey the subscription was made with');
      const ttl = Number(req.headers.ttl);
      if (req.headers.ttl === undefined || !Number.isInteger(ttl) || ttl < 0) throw new Refusal(400, 'no TTL header');
      if (req.headers['content-encoding'] !== 'aes128gcm') throw new Refusal(415, 'Content-Encoding is not aes128gcm');
      const payload = decryptAes128gcm(body, sub.ecdh, sub.auth).toString('utf8');
      const status = sub.gone ? 410 : 201;
      received.push({ endpoint, payload, vapid, ttl, urgency: req.headers.urgency as string | undefined, status });
      res.writeHead(status).end();
    } catch (e) {
      const status = e instanceof Refusal ? e.status : 500;
      refused.push({ endpoint, status, reason: (e as Error).message });
      res.writeHead(status, { 'content-type': 'text/plain' }).end((e as Error).message);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    subscribe(o = {}) {
      const ecdh = createECDH('prime256v1');
      ecdh.generateKeys();
      const auth = randomBytes(16);
      const path = `/push/${randomUUID()}`;
      held.set(path, { ecdh, auth, applicationServerKey: o.applicationServerKey, gone: false });
      return {
        endpoint: `${origin}${path}`,
        keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: auth.toString('base64url') },
      };
    },
    gone(endpoint) {
      const h = held.get(new URL(endpoint).pathname);
      if (h) h.gone = true;
    },
    received,
    refused,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
