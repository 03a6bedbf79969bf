/** This module in its four languages, for server code's translate() (../translator.ts). */
import { reportFormPageFr } from './fr.js';
import { reportFormPageNl } from './nl.js';
import { reportFormPageDe } from './de.js';
import { reportFormPageEn } from './en.js';

export const REPORT_FORM_PAGE_MESSAGES = { fr: reportFormPageFr, nl: reportFormPageNl, de: reportFormPageDe, en: reportFormPageEn };
