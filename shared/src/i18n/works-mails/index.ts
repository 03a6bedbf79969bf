/** This module in its four languages, for server code's translate() (../translator.ts). */
import { worksMailsFr } from './fr.js';
import { worksMailsNl } from './nl.js';
import { worksMailsDe } from './de.js';
import { worksMailsEn } from './en.js';

export const WORKS_MAIL_MESSAGES = { fr: worksMailsFr, nl: worksMailsNl, de: worksMailsDe, en: worksMailsEn };
