/** This module in its four languages, for server code's translate() (../translator.ts). */
import { permitNotesFr } from './fr.js';
import { permitNotesNl } from './nl.js';
import { permitNotesDe } from './de.js';
import { permitNotesEn } from './en.js';

export const PERMIT_NOTE_MESSAGES = { fr: permitNotesFr, nl: permitNotesNl, de: permitNotesDe, en: permitNotesEn };
