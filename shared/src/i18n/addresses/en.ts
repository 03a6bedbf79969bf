import type { AddressesKey } from './fr.js';
export const addressesEn: Record<AddressesKey, string> = {
  'addresses.suggestions': 'Suggested addresses',
  'addresses.found': '{count} address(es) suggested: up and down arrows to choose, Enter to confirm.',
  'addresses.none': 'No known address matches: you may keep what you wrote.',
  'addresses.located': 'Pin placed at {address}.',
  'addresses.filled': 'Nearest address to the pin: {address}. You may correct it.',
  'addresses.help': 'Type a street and a number: the commune’s known addresses are suggested and place the pin.',
  'addresses.near': 'Near {address}',
  'addresses.where': 'Where',
  'addresses.showMap': 'See on the map',
};
