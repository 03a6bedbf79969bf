export * from './appointment-config.js';
export * from './free-slots.js';
export * from './appointment-api.js';
export * from './slot-search.js';
export * from './appointment-ics.js';
