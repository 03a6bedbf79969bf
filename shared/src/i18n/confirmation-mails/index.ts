/** This module in its four languages, for server code's translate() (../translator.ts). */
import { confirmationMailsFr } from './fr.js';
import { confirmationMailsNl } from './nl.js';
import { confirmationMailsDe } from './de.js';
import { confirmationMailsEn } from './en.js';

export const CONFIRMATION_MAIL_MESSAGES = {
  fr: confirmationMailsFr,
  nl: confirmationMailsNl,
  de: confirmationMailsDe,
  en: confirmationMailsEn,
};
