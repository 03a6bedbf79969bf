/** This module in its four languages, for server code's translate() (../translator.ts). */
import { appointmentMailsFr } from './fr.js';
import { appointmentMailsNl } from './nl.js';
import { appointmentMailsDe } from './de.js';
import { appointmentMailsEn } from './en.js';

export const APPOINTMENT_MAIL_MESSAGES = { fr: appointmentMailsFr, nl: appointmentMailsNl, de: appointmentMailsDe, en: appointmentMailsEn };
