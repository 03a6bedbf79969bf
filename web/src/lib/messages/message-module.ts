import type { Locale } from '@tandem/shared/commune-config';

type Dictionary = Readonly<Record<string, string>>;

/**
 * A set of messages the web loads as a whole: French bundled with the code that uses it, the other
 * languages fetched on demand. The core is on every page; a page adds the modules its islands use.
 */
export interface MessageModule {
  name: string;
  fr: Dictionary;
  load: Record<Exclude<Locale, 'fr'>, () => Promise<Dictionary>>;
}
