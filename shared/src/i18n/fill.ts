/** Fills a message's {placeholders} from vars; an unknown placeholder stays as written. */
export function fillMessage(text: string, vars: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (_, k: string) => (k in vars ? String(vars[k]) : `{${k}}`));
}
