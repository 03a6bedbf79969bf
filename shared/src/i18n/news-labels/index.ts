/** This module in its four languages, for server code's translate() (../translator.ts). */
import { newsLabelsFr } from './fr.js';
import { newsLabelsNl } from './nl.js';
import { newsLabelsDe } from './de.js';
import { newsLabelsEn } from './en.js';

export const NEWS_LABEL_MESSAGES = { fr: newsLabelsFr, nl: newsLabelsNl, de: newsLabelsDe, en: newsLabelsEn };
