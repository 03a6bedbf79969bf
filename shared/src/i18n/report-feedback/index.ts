/** This module in its four languages, for server code's translate() (../translator.ts). */
import { reportFeedbackFr } from './fr.js';
import { reportFeedbackNl } from './nl.js';
import { reportFeedbackDe } from './de.js';
import { reportFeedbackEn } from './en.js';

export const REPORT_FEEDBACK_MESSAGES = { fr: reportFeedbackFr, nl: reportFeedbackNl, de: reportFeedbackDe, en: reportFeedbackEn };
