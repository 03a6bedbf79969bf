import type { AddressesKey } from './fr.js';
export const addressesNl: Record<AddressesKey, string> = {
  'addresses.suggestions': 'Voorgestelde adressen',
  'addresses.found': '{count} adres(sen) voorgesteld: pijltjes omhoog en omlaag om te kiezen, Enter om te bevestigen.',
  'addresses.none': 'Geen bekend adres komt overeen: u kunt houden wat u schreef.',
  'addresses.located': 'Markering geplaatst op het adres {address}.',
  'addresses.filled': 'Dichtstbijzijnde adres bij de markering: {address}. U kunt het aanpassen.',
  'addresses.help': 'Typ een straat en een nummer: de gekende adressen van de gemeente worden voorgesteld en plaatsen de markering.',
  'addresses.near': 'Bij {address}',
  'addresses.where': 'Waar',
  'addresses.showMap': 'Op de kaart bekijken',
};
