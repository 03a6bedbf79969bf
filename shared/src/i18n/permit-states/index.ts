/** This module in its four languages, for server code's translate() (../translator.ts). */
import { permitStatesFr } from './fr.js';
import { permitStatesNl } from './nl.js';
import { permitStatesDe } from './de.js';
import { permitStatesEn } from './en.js';

export const PERMIT_STATE_MESSAGES = { fr: permitStatesFr, nl: permitStatesNl, de: permitStatesDe, en: permitStatesEn };
