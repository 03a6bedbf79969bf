/** Real-time transport (docs/realtime.md): the WebSocket API, topics and who reads them, bus events as messages. */
export * from './realtime-api.js';
export * from './topics.js';
export * from './changes.js';
export * from './catch-up.js';
