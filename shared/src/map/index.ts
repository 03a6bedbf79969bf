export * from './map-items.js';
export * from './map-rules.js';
export * from './feeds/index.js';
export * from './map-background.js';
export * from './map-viewport.js';
