/**
 * The field app's screens are in-app routes in the address's hash (the page is one static file, kept offline by the
 * service worker): `#/` « Aujourd’hui », `#/tache/<id>` a task, `#/tache/<id>/terminer` finishing it, `#/signaler`
 * (optionally `?tache=<id>`: the task whose place may stand in for the phone's position).
 */
import { signal } from '@preact/signals';
import { fieldTaskHash } from '@tandem/shared/field/field-site';

export type FieldRoute =
  | { name: 'today' }
  | { name: 'task'; id: string }
  | { name: 'finish'; id: string }
  | { name: 'report'; taskId?: string };

export function parseRoute(hash: string): FieldRoute {
  const path = hash.replace(/^#/, '');
  const task = /^\/tache\/([^/?]+)(\/terminer)?\/?$/.exec(path);
  if (task) return task[2] ? { name: 'finish', id: decodeURIComponent(task[1]) } : { name: 'task', id: decodeURIComponent(task[1]) };
  const report = /^\/signaler\/?(?:\?tache=([^&]+))?$/.exec(path);
  if (report) return report[1] ? { name: 'report', taskId: decodeURIComponent(report[1]) } : { name: 'report' };
  return { name: 'today' };
}

export const hrefOf = (r: FieldRoute): string => {
  if (r.name === 'task') return fieldTaskHash(r.id);
  if (r.name === 'finish') return `${fieldTaskHash(r.id)}/terminer`;
  if (r.name === 'report') return r.taskId ? `#/signaler?tache=${encodeURIComponent(r.taskId)}` : '#/signaler';
  return '#/';
};

export const route = signal<FieldRoute>(typeof location === 'undefined' ? { name: 'today' } : parseRoute(location.hash));

/** Follows the address (back button included). Returns the listener's remover. */
export function followHash(): () => void {
  const read = () => {
    route.value = parseRoute(location.hash);
  };
  read();
  addEventListener('hashchange', read);
  return () => removeEventListener('hashchange', read);
}

export function go(r: FieldRoute): void {
  location.hash = hrefOf(r);
}

/** A short message read out and shown after an action (« C’est noté… »), on the screen it was said for. */
export const flash = signal<{ text: string; where: string } | undefined>(undefined);

/** Says `text` on the screen at `where` (by default the current one). */
export function say(text: string, where: FieldRoute = route.peek()): void {
  flash.value = { text, where: hrefOf(where) };
}

/** Photos handed to « Signaler » from a conflict, so what was photographed is not lost (and that conflict, let go once sent). */
export const reportDraft = signal<{ photos: Blob[]; conflictId?: string } | undefined>(undefined);
