/** This module in its four languages, for server code's translate() (../translator.ts). */
import { collectionMailsFr } from './fr.js';
import { collectionMailsNl } from './nl.js';
import { collectionMailsDe } from './de.js';
import { collectionMailsEn } from './en.js';

export const COLLECTION_MAIL_MESSAGES = { fr: collectionMailsFr, nl: collectionMailsNl, de: collectionMailsDe, en: collectionMailsEn };
