import type { AddressesKey } from './fr.js';
export const addressesDe: Record<AddressesKey, string> = {
  'addresses.suggestions': 'Vorgeschlagene Adressen',
  'addresses.found': '{count} Adresse(n) vorgeschlagen: Pfeiltasten nach oben und unten zum Wählen, Eingabe zum Bestätigen.',
  'addresses.none': 'Keine bekannte Adresse passt: Sie können Ihre Eingabe behalten.',
  'addresses.located': 'Markierung an der Adresse {address} gesetzt.',
  'addresses.filled': 'Nächste Adresse zur Markierung: {address}. Sie können sie korrigieren.',
  'addresses.help':
    'Geben Sie eine Straße und eine Hausnummer ein: die bekannten Adressen der Gemeinde werden vorgeschlagen und setzen die Markierung.',
  'addresses.near': 'Bei {address}',
  'addresses.where': 'Wo',
  'addresses.showMap': 'Auf der Karte ansehen',
};
