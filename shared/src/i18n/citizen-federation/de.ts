import type { citizenFederationFr } from './fr.js';

export const citizenFederationDe: Record<keyof typeof citizenFederationFr, string> = {
  'federation.button': 'Mit itsme oder dem Personalausweis anmelden',
  'federation.or': 'oder',
  'federation.hint': 'Sie gehen über den Authentifizierungsdienst des Föderalstaats (CSAM) und kommen dann hierher zurück.',
  'federation.leaving': 'Sie werden zum Authentifizierungsdienst weitergeleitet…',
  'federation.unavailable':
    'Die Anmeldung mit itsme oder dem Personalausweis ist im Moment nicht verfügbar. Verwenden Sie den Code per E-Mail.',
  'federation.returning': 'Anmeldung läuft…',
  'federation.title': 'Anmeldung bei meinem Bereich',
  'federation.cancelled': 'Die Anmeldung wurde abgebrochen. Sie können es erneut versuchen oder einen Code per E-Mail erhalten.',
  'federation.expired':
    'Diese Anmeldung ist nicht mehr gültig (zu alt, bereits verwendet oder in einem anderen Browser begonnen). Beginnen Sie erneut in Ihrem Bereich.',
  'federation.refused': 'Der Authentifizierungsdienst hat Ihre Identität nicht bestätigt. Beginnen Sie erneut in Ihrem Bereich.',
  'federation.noEmail':
    'Der Authentifizierungsdienst hat keine E-Mail-Adresse übermittelt: Sie ist für Ihren Bereich nötig. Fordern Sie lieber einen Code per E-Mail an.',
  'federation.back': 'Zurück zu meinem Bereich',
};
