export * from './retention.js';
export * from './privacy-api.js';
