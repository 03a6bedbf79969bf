/**
 * The DynamoDB commands a route sent while it answered one request (command-recorder.ts records them on the handlers'
 * own clients), made ready to be sent again bare from the bench: the same operations, the same shapes, grouped as the
 * handler sent them (one after the other, or together), with the strings that name what the request created (its
 * tracking code, its Idempotency-Key) replaced by fresh ones so that each replayed write is a new item whose
 * conditions (attribute_not_exists) hold. Pure: unit-tested beside it.
 */

/** One command as the handler's client sent it: its input already marshalled (AttributeValues), as on the wire. */
export interface RecordedCommand {
  /** The operation, e.g. `TransactWriteItems` (the SDK's command name without `Command`). */
  operation: string;
  input: Record<string, unknown>;
  /** When the client started and ended it (performance.now(), ms). */
  startedAt: number;
  endedAt: number;
}

/**
 * The commands in waves: a command that started before every command of the current wave had ended was sent
 * alongside them (Promise.all), so it joins that wave; one that started after they had all ended opens the next.
 */
export function inWaves(commands: readonly RecordedCommand[]): RecordedCommand[][] {
  const sorted = [...commands].sort((a, b) => a.startedAt - b.startedAt);
  const waves: RecordedCommand[][] = [];
  let wave: RecordedCommand[] = [];
  let waveEnd = Number.NEGATIVE_INFINITY;
  for (const c of sorted) {
    if (wave.length && c.startedAt >= waveEnd) {
      waves.push(wave);
      wave = [];
      waveEnd = Number.NEGATIVE_INFINITY;
    }
    wave.push(c);
    waveEnd = Math.max(waveEnd, c.endedAt);
  }
  if (wave.length) waves.push(wave);
  return waves;
}

/**
 * A copy of `value` where every occurrence of each key of `replacements` inside a string is replaced by its value
 * (keys of objects are kept: attribute names and `:placeholders` are not data). Longer keys are replaced first, so
 * that one key containing another is replaced whole.
 */
export function rewriteStrings<T>(value: T, replacements: ReadonlyMap<string, string>): T {
  const from = [...replacements.keys()].filter((k) => k.length > 0).sort((a, b) => b.length - a.length);
  if (!from.length) return structuredClone(value);
  const rewrite = (s: string) => from.reduce((acc, k) => acc.split(k).join(replacements.get(k)!), s);
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return rewrite(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v instanceof Uint8Array) return new Uint8Array(v);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}

/**
 * A fresh string for the `n`-th replay, as long as `original` when it can be (the items keep their size): `prefix`, `n`
 * in base 36 on a fixed width (so two replays never give the same string), then the end of `original`.
 */
export function freshLike(original: string, prefix: string, n: number): string {
  const stem = `${prefix}${n.toString(36).padStart(FRESH_DIGITS, '0')}`;
  return stem.length >= original.length ? stem : stem + original.slice(stem.length);
}
const FRESH_DIGITS = 5;

/** How many items a command writes or reads by key (a transaction's, a batch's); 1 for the others. */
function itemsOf(c: RecordedCommand): number {
  const input = c.input as { TransactItems?: unknown[]; RequestItems?: Record<string, unknown[] | { Keys?: unknown[] }> };
  if (input.TransactItems) return input.TransactItems.length;
  if (input.RequestItems)
    return Object.values(input.RequestItems).reduce<number>((n, r) => n + (Array.isArray(r) ? r.length : (r.Keys?.length ?? 0)), 0);
  return 1;
}

/** E.g. `GetItem → TransactWriteItems (5 items)`, waves joined by →, commands sent together by +. */
export function describeCommands(commands: readonly RecordedCommand[]): string {
  if (!commands.length) return 'no DynamoDB command';
  return inWaves(commands)
    .map((wave) => {
      const names = wave.map((c) => {
        const n = itemsOf(c);
        return n > 1 ? `${c.operation} (${n} items)` : c.operation;
      });
      // Sent together: identical commands counted (a board's five column queries: `Query ×6`).
      const counted = new Map<string, number>();
      for (const name of names) counted.set(name, (counted.get(name) ?? 0) + 1);
      return [...counted].map(([name, k]) => (k > 1 ? `${name} ×${k}` : name)).join(' + ');
    })
    .join(' → ');
}
