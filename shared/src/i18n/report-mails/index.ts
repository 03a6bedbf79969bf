/** This module in its four languages, for server code's translate() (../translator.ts). */
import { reportMailsFr } from './fr.js';
import { reportMailsNl } from './nl.js';
import { reportMailsDe } from './de.js';
import { reportMailsEn } from './en.js';

export const REPORT_MAIL_MESSAGES = { fr: reportMailsFr, nl: reportMailsNl, de: reportMailsDe, en: reportMailsEn };
