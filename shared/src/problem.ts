/** RFC 9457 problem details, with the failing fields under "invalid-params" (the RFC's own example). */
export interface InvalidParam {
  name: string;
  reason: string;
}
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  'invalid-params'?: InvalidParam[];
  [extension: string]: unknown;
}
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

export function problem(status: number, detail?: string, extra: Partial<Problem> = {}): Problem {
  return { type: extra.type ?? 'about:blank', title: TITLES[status] ?? 'Error', status, ...(detail ? { detail } : {}), ...extra };
}

/** Converts zod-style issues (path + message) into invalid-params. */
export function invalidParams(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>, prefix = ''): InvalidParam[] {
  return issues.map((i) => ({
    name: [prefix, ...i.path.map(String)].filter(Boolean).join('.') || '(body)',
    reason: i.message,
  }));
}
