export * from './collection-kinds.js';
export * from './collection-import.js';
export * from './collection-calendar.js';
export * from './collection-feed.js';
export * from './collection-api.js';
export * from './collection-words.js';
