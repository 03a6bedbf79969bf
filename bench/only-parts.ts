/** `npm run bench -- --only a,b` (or `--only=a,b`): the parts named, checked against those that may run alone; undefined: the whole bench. */
export function onlyParts(argv: readonly string[], known: readonly string[]): string[] | undefined {
  const i = argv.findIndex((a) => a === '--only' || a.startsWith('--only='));
  if (i < 0) return undefined;
  const value = argv[i] === '--only' ? argv[i + 1] : argv[i].slice('--only='.length);
  if (!value || value.startsWith('--')) throw new Error(`--only needs a part (known: ${known.join(', ')})`);
  const parts = value.split(',').map((p) => p.trim());
  const unknown = parts.filter((p) => !known.includes(p));
  if (unknown.length) throw new Error(`--only: unknown part ${unknown.join(', ')} (known: ${known.join(', ')})`);
  return parts;
}
