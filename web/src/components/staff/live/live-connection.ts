/**
 * The staff app's one WebSocket to the real-time API (docs/realtime.md, « What the client must do »): opened on the
 * first followed topic with the session's ID token, topics subscribed and unsubscribed as screens come and go, a ping
 * every four minutes (API Gateway closes a connection idle for ten), and after any close (2-hour limit, offline, an
 * expired token) a reconnect with exponential backoff and jitter and a fresh token, then a catch-up through
 * `GET …/staff/changes` so that no change is lost across the gap. A change that comes both ways is applied once.
 */
import { realtimeUrl } from '@tandem/shared/realtime/realtime-api';
import { catchUpSince, sinceInstant, type RealtimeChanges } from '@tandem/shared/realtime/catch-up';
import type { RealtimeMessage } from '@tandem/shared/realtime/changes';
import { refresh, session, staffFetch } from '../session';

export type LiveListener = (m: RealtimeMessage) => void;

const PING_MS = 4 * 60_000;
const BACKOFF_FIRST_MS = 1_000;
const BACKOFF_MAX_MS = 60_000;
/** Ids remembered to drop a change seen twice (socket and catch-up); the oldest are forgotten first. */
const SEEN_MAX = 500;
/** Catch-up pages read after one reconnect at most (1 000 feed entries each); past that the screens reload anyway. */
const CATCH_UP_PAGES = 5;

/** 1 s, 2 s, 4 s … up to a minute, each between half and all of it (jitter: clients cut together do not return together). */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_FIRST_MS * 2 ** attempt);
  return Math.round(ceiling * (0.5 + random() / 2));
}

export class LiveConnection {
  private socket: WebSocket | undefined;
  private readonly listeners = new Map<string, Set<LiveListener>>();
  private readonly seen = new Set<string>();
  /** The newest change applied, or the instant of the first open: what a catch-up asks after. */
  private since: string | undefined;
  private attempt = 0;
  private opened = false;
  /** Between the decision to connect and the socket's creation (a token may be refreshed meanwhile). */
  private connecting = false;
  private closedForGood = false;
  private retry: ReturnType<typeof setTimeout> | undefined;
  private ping: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly commune: string) {
    window.addEventListener('online', this.onOnline);
    // Offline, the socket hears nothing even if the browser keeps it: close it, and catch up when back online.
    window.addEventListener('offline', this.onOffline);
  }

  /** Follows a topic; the answer stops following it. */
  follow(topic: string, listener: LiveListener): () => void {
    let set = this.listeners.get(topic);
    if (!set) {
      set = new Set();
      this.listeners.set(topic, set);
      this.send({ action: 'subscribe', topic });
    }
    set.add(listener);
    if (!this.socket && !this.retry && !this.connecting) void this.connect(false);
    return () => {
      const s = this.listeners.get(topic);
      if (!s?.delete(listener) || s.size > 0) return;
      this.listeners.delete(topic);
      this.send({ action: 'unsubscribe', topic });
    };
  }

  /** Signed out: no more reconnects. */
  close(): void {
    this.closedForGood = true;
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    clearTimeout(this.retry);
    this.drop();
  }

  private readonly onOnline = () => {
    clearTimeout(this.retry);
    this.retry = undefined;
    this.attempt = 0;
    if (!this.socket && !this.connecting) void this.connect(true);
  };

  private readonly onOffline = () => this.drop();

  private send(m: { action: 'subscribe' | 'unsubscribe'; topic: string } | { action: 'ping' }): void {
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(m));
  }

  private drop(): void {
    clearInterval(this.ping);
    const s = this.socket;
    this.socket = undefined;
    if (s) {
      s.onclose = s.onmessage = s.onopen = null;
      s.close();
    }
  }

  private async connect(fresh: boolean): Promise<void> {
    if (this.closedForGood || this.listeners.size === 0) return;
    this.retry = undefined;
    this.connecting = true;
    // A reconnect takes a fresh token: the old one may be why the socket closed (a refused handshake says no more).
    const current = session.value;
    const s = await Promise.resolve(fresh || !current || current.expiresAt - Date.now() < 60_000 ? refresh(this.commune) : current).finally(
      () => (this.connecting = false),
    );
    if (!s) return; // signed out: the app shows its sign-in screen
    if (this.socket || this.closedForGood) return;
    const url = new URL(realtimeUrl(location.origin));
    url.searchParams.set('commune', this.commune);
    url.searchParams.set('token', s.idToken);
    const ws = new WebSocket(url);
    this.socket = ws;
    ws.onopen = () => {
      this.attempt = 0;
      for (const topic of this.listeners.keys()) this.send({ action: 'subscribe', topic });
      this.ping = setInterval(() => this.send({ action: 'ping' }), PING_MS);
      if (this.opened) void this.catchUp();
      else this.since ??= sinceInstant(Date.now() - 60_000);
      this.opened = true;
    };
    ws.onmessage = (e) => this.receive(e.data);
    ws.onclose = () => {
      this.drop();
      this.scheduleReconnect();
    };
  }

  private scheduleReconnect(): void {
    if (this.closedForGood || this.retry || !navigator.onLine) return;
    this.retry = setTimeout(() => void this.connect(true), backoffDelay(this.attempt++));
  }

  private receive(data: unknown): void {
    let m: unknown;
    try {
      m = JSON.parse(String(data));
    } catch {
      return;
    }
    // Replies (subscribed, pong, error) carry a `type`; changes an `id` and their topics.
    if (m && typeof m === 'object' && 'id' in m && 'topics' in m) this.apply(m as RealtimeMessage);
  }

  private apply(m: RealtimeMessage): void {
    if (this.seen.has(m.id)) return;
    this.seen.add(m.id);
    if (this.seen.size > SEEN_MAX) this.seen.delete(this.seen.values().next().value as string);
    if (!this.since || m.id > this.since) this.since = m.id;
    const called = new Set<LiveListener>();
    for (const topic of m.topics)
      for (const l of this.listeners.get(topic) ?? [])
        if (!called.has(l)) {
          called.add(l);
          l(m);
        }
  }

  /**
   * What was missed while away: the changes on the topics followed now, from a little before the last one applied
   * (catchUpSince: a change delayed behind a later one is found too; those already applied are dropped by id).
   */
  private async catchUp(): Promise<void> {
    const topics = [...this.listeners.keys()].join(',');
    if (!topics) return;
    let since = this.since && catchUpSince(this.since);
    for (let page = 0; page < CATCH_UP_PAGES; page++) {
      const q = new URLSearchParams({ topics, ...(since ? { since } : {}) });
      let r: RealtimeChanges;
      try {
        r = await staffFetch<RealtimeChanges>(this.commune, `staff/changes?${q}`);
      } catch {
        return; // the next reconnect asks again from the same place
      }
      for (const m of r.items) this.apply(m);
      if (!r.next) return;
      since = r.next;
    }
  }
}

const connections = new Map<string, LiveConnection>();

/** The staff app's one connection for this commune. */
export function liveConnection(commune: string): LiveConnection {
  let c = connections.get(commune);
  if (!c) {
    c = new LiveConnection(commune);
    connections.set(commune, c);
  }
  return c;
}

/** On sign-out: the socket closes and stays closed. */
export function closeLive(): void {
  for (const c of connections.values()) c.close();
  connections.clear();
}
