/** This module in its four languages, for server code's translate() (../translator.ts). */
import { reportStatesFr } from './fr.js';
import { reportStatesNl } from './nl.js';
import { reportStatesDe } from './de.js';
import { reportStatesEn } from './en.js';

export const REPORT_STATE_MESSAGES = { fr: reportStatesFr, nl: reportStatesNl, de: reportStatesDe, en: reportStatesEn };
