/** The site's languages and where the visitor's choice is kept: apart from lib/locale, so that a page can read them without loading the dictionaries. */
import type { Locale } from '@tandem/shared/commune-config';

export const LOCALE_STORAGE_KEY = 'tandem.locale';
export const WEB_LOCALES: readonly Locale[] = ['fr', 'nl', 'de', 'en'];
