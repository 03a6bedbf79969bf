/** This module in its four languages, for server code's translate() (../translator.ts). */
import { reportFieldsFr } from './fr.js';
import { reportFieldsNl } from './nl.js';
import { reportFieldsDe } from './de.js';
import { reportFieldsEn } from './en.js';

export const REPORT_FIELD_MESSAGES = { fr: reportFieldsFr, nl: reportFieldsNl, de: reportFieldsDe, en: reportFieldsEn };
