/** This module in its four languages, for server code's translate() (../translator.ts). */
import { collectionKindsFr } from './fr.js';
import { collectionKindsNl } from './nl.js';
import { collectionKindsDe } from './de.js';
import { collectionKindsEn } from './en.js';

export const COLLECTION_KIND_MESSAGES = { fr: collectionKindsFr, nl: collectionKindsNl, de: collectionKindsDe, en: collectionKindsEn };
