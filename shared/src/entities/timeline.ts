/**
 * Timeline items, shared by reports and permits: they live in their entity's partition under `TL#`, and
 * the table's stream carries them to the bus (the stream filter matches the prefix).
 */
export const TIMELINE_PREFIX = 'TL#';

/** A timeline item's sort key: its instant, then a random suffix so that two items of one instant both land. */
export function timelineSk(at: string, seq = Math.random().toString(36).slice(2, 8).padEnd(6, '0')): string {
  return `${TIMELINE_PREFIX}${at}#${seq}`;
}

/** Which entity a partition key belongs to (report or permit), with its commune and code. */
export function parseEntityPk(pk: string): { entity: 'report' | 'permit'; commune: string; code: string } | undefined {
  const m = /^C#([a-z0-9-]+)#(REPORT|PERMIT)#(.+)$/.exec(pk);
  return m ? { entity: m[2] === 'REPORT' ? 'report' : 'permit', commune: m[1], code: m[3] } : undefined;
}
