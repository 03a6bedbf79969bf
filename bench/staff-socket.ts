/** A staff app's socket on the real-time API, for the bench's parts: opened with the ID token, closed and waited for. */
import WebSocket from 'ws';

/** Opens `url?commune=…&token=…` (docs/realtime.md); a refused handshake throws with its status. */
export async function openStaffSocket(url: string, commune: string, token: string): Promise<WebSocket> {
  const u = new URL(url);
  u.searchParams.set('commune', commune);
  u.searchParams.set('token', token);
  const ws = new WebSocket(u);
  await new Promise<void>((ok, fail) => {
    ws.once('open', () => ok());
    ws.once('unexpected-response', (_req, res) => fail(new Error(`socket refused: ${res.statusCode}`)));
    ws.once('error', fail);
  });
  return ws;
}

/** Closes the socket and resolves once it is closed. */
export function closeSocket(ws: WebSocket): Promise<void> {
  return new Promise((done) => {
    if (ws.readyState === WebSocket.CLOSED) return done();
    ws.once('close', () => done());
    ws.close();
  });
}
