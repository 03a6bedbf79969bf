export * from './address-words.js';
export * from './address-csv.js';
export * from './address-register.js';
export * from './address-api.js';
