/**
 * Where a click on a push's notification leads, from the field app's service worker (docs/field-app.md, "Push"): a
 * task opens its page in the field app (the phone's app, kept offline, with « Commencer »); anything else (a mention on
 * a report, a project or a permit: pages the field app has not got) opens the payload's link, the staff app's page, if
 * it is a path on this origin; else the field app's start. Never another site, whatever a payload says. No zod: the
 * worker's bundle stays small.
 */
import { fieldAppPath, fieldTaskPath } from './field-site.js';

/** `link` as a path on `origin` (resolved as a browser would: '//host' and '/\host' lead elsewhere), or undefined. */
export function sameOriginPath(link: unknown, origin: string): string | undefined {
  if (typeof link !== 'string' || !link.startsWith('/')) return undefined;
  try {
    const url = new URL(link, origin);
    return url.origin === origin ? url.pathname + url.search + url.hash : undefined;
  } catch {
    return undefined;
  }
}

/** The path a push's notification opens (`payload` as the push carried it, PushPayload: read field by field). */
export function fieldPushTarget(commune: string, origin: string, payload: unknown): string {
  const p = payload && typeof payload === 'object' ? (payload as { item?: unknown; link?: unknown }) : {};
  const item = p.item && typeof p.item === 'object' ? (p.item as { kind?: unknown; id?: unknown }) : undefined;
  if (item?.kind === 'task' && typeof item.id === 'string' && item.id) return fieldTaskPath(commune, item.id);
  return sameOriginPath(p.link, origin) ?? fieldAppPath(commune);
}
