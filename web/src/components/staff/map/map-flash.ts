/** A notice carried from one staff map screen to the next (published → the list; deleted → the list), shown once. */
import { signal } from '@preact/signals';

export const mapFlash = signal<string | undefined>(undefined);

/** The notice waiting for the next screen, taken (so that it shows once). */
export function takeMapFlash(): string | undefined {
  const text = mapFlash.peek();
  mapFlash.value = undefined;
  return text;
}
