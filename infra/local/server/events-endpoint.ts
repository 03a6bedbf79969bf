/**
 * `/_aws/events`: the slice of the EventBridge API the handlers use (AWS JSON 1.1 PutEvents), so that
 * functions publish with the real SDK client, pointed at EVENTBRIDGE_ENDPOINT.
 */
import type { ServerResponse } from 'node:http';
import type { LocalBus, PutEventsEntry } from '../bus/local-bus.js';

const AMZ_JSON = 'application/x-amz-json-1.1';

function awsError(res: ServerResponse, status: number, type: string, message: string): void {
  res.writeHead(status, { 'content-type': AMZ_JSON, 'x-amzn-errortype': type });
  res.end(JSON.stringify({ __type: type, message }));
}

export function handleEventsApi(target: string | undefined, body: Buffer, bus: LocalBus, res: ServerResponse): void {
  if (target !== 'AWSEvents.PutEvents') {
    awsError(res, 400, 'UnknownOperationException', `${target ?? '(no x-amz-target)'} is not supported by the local bus`);
    return;
  }
  let input: { Entries?: PutEventsEntry[] };
  try {
    input = JSON.parse(body.toString('utf8') || '{}');
  } catch {
    awsError(res, 400, 'SerializationException', 'body is not JSON');
    return;
  }
  if (!Array.isArray(input.Entries) || input.Entries.length < 1 || input.Entries.length > 10) {
    awsError(res, 400, 'ValidationException', 'Entries must hold 1 to 10 entries');
    return;
  }
  const out = bus.putEvents(input.Entries);
  res.writeHead(200, { 'content-type': AMZ_JSON });
  res.end(JSON.stringify(out));
}
