/** This module in its four languages, for server code's translate() (../translator.ts). */
import { permitLabelsFr } from './fr.js';
import { permitLabelsNl } from './nl.js';
import { permitLabelsDe } from './de.js';
import { permitLabelsEn } from './en.js';

export const PERMIT_LABEL_MESSAGES = { fr: permitLabelsFr, nl: permitLabelsNl, de: permitLabelsDe, en: permitLabelsEn };
