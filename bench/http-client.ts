/**
 * The bench's HTTP client for timed requests to the local API: node:http with one kept-alive connection. The same
 * kind of client the AWS SDK uses to reach DynamoDB Local (its node-http-handler), so a route's figure and its bare
 * commands' figure both carry one plain HTTP client, not fetch's WHATWG streams on one side only (fetch cost about
 * a millisecond of CPU more per request on the bench's machine).
 */
import http from 'node:http';

export interface BenchRequest {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface BenchHttp {
  /** Sends the request and reads the whole answer. */
  send(path: string, r?: BenchRequest): Promise<{ status: number; text: string }>;
  close(): void;
}

export function benchHttp(base: string): BenchHttp {
  const origin = new URL(base);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  return {
    send: (path, r = {}) =>
      new Promise((resolve, reject) => {
        const body = r.body === undefined ? undefined : Buffer.from(r.body);
        const req = http.request(
          {
            host: origin.hostname,
            port: origin.port,
            path,
            method: r.method ?? 'GET',
            agent,
            headers: { ...r.headers, ...(body ? { 'content-length': String(body.length) } : {}) },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
            res.on('error', reject);
          },
        );
        req.on('error', reject);
        req.end(body);
      }),
    close: () => agent.destroy(),
  };
}
