/**
 * Text typed by people (reports, permits, map items, staff messages) is plain text: line breaks and tabs,
 * never control characters. They are refused at input (a 422 naming the field), and removed at output from
 * what was stored before the rule, so that no feed (iCalendar, Waze CIFS, GeoJSON) carries NUL, VT, ESC…
 *
 * Control characters are C0 (U+0000–U+001F) but tab, line feed and carriage return (a line break typed on
 * Windows arrives as CR LF), DEL (U+007F) and C1 (U+0080–U+009F).
 */
import * as z from 'zod';

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this pattern's purpose.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: idem.
const NO_CONTROL_CHARACTERS = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]*$/;

export const CONTROL_CHARACTERS_MESSAGE = 'caractères de contrôle interdits';

export function hasControlCharacters(s: string): boolean {
  return !NO_CONTROL_CHARACTERS.test(s);
}

/** The text without its control characters (tab, CR and LF kept): for output of data stored before the input rule. */
export function stripControlCharacters(s: string): string {
  return s.replace(CONTROL_CHARACTERS, '');
}

/** A string of plain text: control characters other than tab and line breaks are refused. */
export const plainText = () => z.string().regex(NO_CONTROL_CHARACTERS, CONTROL_CHARACTERS_MESSAGE);
