/** Problem responses (RFC 9457) written by the local server itself, in the same shape as the handlers'. */
import type { ServerResponse } from 'node:http';
import { PROBLEM_CONTENT_TYPE, problem, type Problem } from '@tandem/shared';

export function sendProblem(
  res: ServerResponse,
  status: number,
  detail?: string,
  extra: Partial<Problem> = {},
  headers: Record<string, string> = {},
): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  res.writeHead(status, { 'content-type': PROBLEM_CONTENT_TYPE, ...headers });
  res.end(JSON.stringify(problem(status, detail, extra)));
}
