/** This module in its four languages, for server code's translate() (../translator.ts). */
import { permitMailsFr } from './fr.js';
import { permitMailsNl } from './nl.js';
import { permitMailsDe } from './de.js';
import { permitMailsEn } from './en.js';

export const PERMIT_MAIL_MESSAGES = { fr: permitMailsFr, nl: permitMailsNl, de: permitMailsDe, en: permitMailsEn };
